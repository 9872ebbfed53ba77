// The floor for functions that send email and also start or resume workflows: DynamoDB, SES v2 and Step Functions clients only.
import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { SendEmailCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import { SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';

const dynamo = new DynamoDBClient({});
const ses = new SESv2Client({});
const sfn = new SFNClient({});

export const handler = async (event: { id: string; to: string }) => {
  await dynamo.send(
    new GetItemCommand({ TableName: process.env.TABLE_NAME, Key: { pk: { S: event.id }, sk: { S: 'X' } } }),
  );
  await sfn.send(new StartExecutionCommand({ stateMachineArn: event.id, input: '{}' }));
  return ses.send(
    new SendEmailCommand({
      FromEmailAddress: 'floor@example.com',
      Destination: { ToAddresses: [event.to] },
      Content: { Simple: { Subject: { Data: 'x' }, Body: { Text: { Data: 'x' } } } },
    }),
  );
};
