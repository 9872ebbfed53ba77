// The floor for functions that also send email: the DynamoDB and SES v2 clients only.
import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { SendEmailCommand, SESv2Client } from '@aws-sdk/client-sesv2';

const dynamo = new DynamoDBClient({});
const ses = new SESv2Client({});

export const handler = async (event: { id: string; to: string }) => {
  await dynamo.send(
    new GetItemCommand({ TableName: process.env.TABLE_NAME, Key: { pk: { S: event.id }, sk: { S: 'X' } } }),
  );
  return ses.send(
    new SendEmailCommand({
      FromEmailAddress: 'a@example.com',
      Destination: { ToAddresses: [event.to] },
      Content: { Simple: { Subject: { Data: 's' }, Body: { Text: { Data: 't' } } } },
    }),
  );
};
