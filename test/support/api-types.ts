// Generated from docs/openapi.json by `npm run api-client` (openapi-typescript): do not edit.

export interface paths {
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness check */
    get: operations['getHealth'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/openapi.json': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** This API as an OpenAPI 3.1 document */
    get: operations['getOpenApiDocument'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/asyncapi.json': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The domain events as an AsyncAPI 3 document */
    get: operations['getAsyncApiDocument'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/docs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** API reference page */
    get: operations['getApiReference'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/docs/{asset}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The API reference page's script and style sheet */
    get: operations['getApiReferenceAsset'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/customers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List customers
     * @description A sales rep sees their own customers; the manager and sales admin see all and may filter by owner. Filters combine with AND. A page may hold fewer than `limit` items while `nextCursor` is present.
     *
     *     **Roles:** `sales_manager`, `sales_admin`, `sales_rep`. **Ownership:** *own customer*: A sales rep works with their own customers and what hangs on them (contacts, interactions, opportunities, quotes, contracts, revisits); the sales manager and sales admin with all.
     */
    get: operations['listCustomers'];
    put?: never;
    /**
     * File a customer or prospect
     * @description A sales rep owns what they file. The manager and sales admin may name the owner. Company names are unique after normalizing case, width and spacing.
     *
     *     **Roles:** `sales_manager`, `sales_admin`, `sales_rep`. **Ownership:** *own customer*: A sales rep works with their own customers and what hangs on them (contacts, interactions, opportunities, quotes, contracts, revisits); the sales manager and sales admin with all.
     */
    post: operations['createCustomer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/customers/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Read a customer
     * @description **Roles:** `sales_manager`, `sales_admin`, `sales_rep`. **Ownership:** *own customer*: A sales rep works with their own customers and what hangs on them (contacts, interactions, opportunities, quotes, contracts, revisits); the sales manager and sales admin with all.
     */
    get: operations['getCustomer'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change a customer (JSON merge patch)
     * @description Send If-Match with the ETag you read. `null` clears an optional field. Only the manager and sales admin may change `ownerId`. `class` is set by classification, not here.
     *
     *     **Roles:** `sales_manager`, `sales_admin`, `sales_rep`. **Ownership:** *own customer*: A sales rep works with their own customers and what hangs on them (contacts, interactions, opportunities, quotes, contracts, revisits); the sales manager and sales admin with all.
     */
    patch: operations['updateCustomer'];
    trace?: never;
  };
  '/customers/{id}/contacts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List a customer's contacts
     * @description **Roles:** `sales_manager`, `sales_admin`, `sales_rep`. **Ownership:** *own customer*: A sales rep works with their own customers and what hangs on them (contacts, interactions, opportunities, quotes, contracts, revisits); the sales manager and sales admin with all.
     */
    get: operations['listContacts'];
    put?: never;
    /**
     * Add a contact person to a customer's file
     * @description **Roles:** `sales_manager`, `sales_admin`, `sales_rep`. **Ownership:** *own customer*: A sales rep works with their own customers and what hangs on them (contacts, interactions, opportunities, quotes, contracts, revisits); the sales manager and sales admin with all.
     */
    post: operations['createContact'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/customers/{id}/contacts/{contactId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change a contact (JSON merge patch)
     * @description **Roles:** `sales_manager`, `sales_admin`, `sales_rep`. **Ownership:** *own customer*: A sales rep works with their own customers and what hangs on them (contacts, interactions, opportunities, quotes, contracts, revisits); the sales manager and sales admin with all.
     */
    patch: operations['updateContact'];
    trace?: never;
  };
  '/customers/{id}/interactions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List a customer's communication records, newest first
     * @description **Roles:** `sales_manager`, `sales_admin`, `sales_rep`. **Ownership:** *own customer*: A sales rep works with their own customers and what hangs on them (contacts, interactions, opportunities, quotes, contracts, revisits); the sales manager and sales admin with all.
     */
    get: operations['listInteractions'];
    put?: never;
    /**
     * Record a communication with a customer (call, email, visit, meeting)
     * @description It keeps the customer’s open follow-ups planned by earlier contacts; with `nextFollowUp` (on or after the day of the contact) it plans one for the customer’s rep (see `GET /follow-ups`).
     *
     *     **Roles:** `sales_manager`, `sales_admin`, `sales_rep`. **Ownership:** *own customer*: A sales rep works with their own customers and what hangs on them (contacts, interactions, opportunities, quotes, contracts, revisits); the sales manager and sales admin with all.
     */
    post: operations['createInteraction'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/follow-ups': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List planned follow-ups (your own by default)
     * @description A communication record with `nextFollowUp` plans a follow-up for the customer’s rep on that day: the rep’s daily digest reminds them on the day and lists it as missed once the day has passed. The next record of a contact with the customer keeps it (`late` when made after the day). Filter `status=open&dueBefore=<today>` for the missed ones; the manager and sales admin may pass `owner=<id>` or `owner=all`. Ordered by status, then day.
     *
     *     **Roles:** `sales_manager`, `sales_admin`, `sales_rep`.
     */
    get: operations['listFollowUps'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/employees/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The caller's employee profile
     * @description **Roles:** any employee. **Ownership:** *self*: The caller's own records only.
     */
    get: operations['getMyProfile'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/employees': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the department's employees
     * @description For the sales manager and sales admin, by id. `status=active` lists the team as it is, `status=left` those who left; without it, everyone on file.
     *
     *     **Roles:** `sales_manager`, `sales_admin`.
     */
    get: operations['listEmployees'];
    put?: never;
    /**
     * Someone joins the department (§2.1.2)
     * @description The sales manager files a new colleague: name, work email (one person per address), roles, supervisor (an active colleague: their team), title, language and the day they join (today by default). `employee.joined` follows: on AWS it makes their sign-in account, whose tokens carry this id, and Cognito emails them a temporary password. Honours `Idempotency-Key`.
     *
     *     **Roles:** `sales_manager`.
     */
    post: operations['addEmployee'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/employees/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Read a person’s profile with its history
     * @description The person, their direct supervisor, the sales manager and sales admin. `history` lists every change of the profile, oldest first: who joined them, each move of team, roles or title (field by field, from and to), and the leaving.
     *
     *     **Roles:** any employee. **Ownership:** *person’s readers*: The person, their direct supervisor, and the sales manager and sales admin read a profile and its history.
     */
    get: operations['getEmployee'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Move someone to another team, or change their roles or title (JSON merge patch)
     * @description The sales manager; send If-Match with the ETag you read. `supervisorId` moves the person to that supervisor’s team (`null`: none); the line of supervisors may not go round. Nobody changes their own roles or team, a leaver’s profile is kept as it was, and the department keeps at least one sales manager. A change of roles or team is `employee.changed`: on AWS the sign-in account’s groups follow (from the next sign-in).
     *
     *     **Roles:** `sales_manager`.
     */
    patch: operations['updateEmployee'];
    trace?: never;
  };
  '/employees/{id}/leave': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Someone leaves: their customers and open work go to a successor
     * @description The sales manager, never for themself: the leaving day (today by default), the successor (an active sales rep or manager) and the reason. The person must not supervise anyone still active (move them first), and the department keeps a sales manager. `employee.left` follows: each of their customers is reassigned to the successor (a `customer.reassigned`, which moves the customer’s open opportunities, quotes, contracts and follow-ups), they are no longer asked to approve or counted in the team, and on AWS their sign-in account is disabled and signed out (a token already issued lasts until it expires, at most an hour).
     *
     *     **Roles:** `sales_manager`.
     */
    post: operations['recordLeaving'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A record’s audit trail: who changed what, when, from which request
     * @description Audit, the general manager and the sales manager read every record’s trail; anyone else the trail of a record they may read (a record about a customer they may work with, one that names them, their own profile and plans; see the ownership rule). `type` names the kind of record and `id` the record (a customer’s trail also holds its contacts’, communication records’ and purchases’ changes; an expense audit’s its findings’; `performance-targets` a year’s). Oldest first; each entry has the changed fields (from, to) and the correlation id of the request or event the change came from, which every log line of that work carries. The trail is written in the same transaction as each change; no route edits or deletes it.
     *
     *     **Roles:** `sales_manager`, `sales_rep`, `sales_admin`, `supervisor`, `legal`, `finance`, `general_manager`, `production`, `logistics`, `technician`, `auditor`. **Ownership:** *a record they may read*: Audit, the general manager and the sales manager read every record’s trail. Anyone else reads the trail of a record about a customer they may work with (the customer, its opportunities, quotes, contracts, orders, complaints, tickets, revisits, documents, market intelligence), of a record that names them (their claim, trip, delegation, an approval they decide or whose subject they own, a ticket they are the technician of), of their own profile, career plan, coaching plans and awards; finance every claim’s and credit limit’s, sales admin every import’s and received message’s. Targets, plans, products, training sessions and expense audits: audit and the heads only.
     */
    get: operations['getAuditTrail'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit/seals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The audit trail’s daily seals, newest first
     * @description Audit, the general manager and the sales manager. After each day (the department’s calendar) the `audit-seal` job chains every audit entry written that day, in write order, onto the head of the day before: each link is SHA-256 of the link before and the entry’s RFC 8785 canonical JSON as stored. `count` entries were sealed; `head` is the last link, `previous` the head it chained on from (64 zeros for the first seal). A copy of each seal is kept in an S3 Object Lock bucket that nobody can change or delete during its retention.
     *
     *     **Roles:** `auditor`, `general_manager`, `sales_manager`.
     */
    get: operations['listAuditSeals'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit/seals/{day}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Checks a sealed day again: is the trail as it was sealed?
     * @description Chains the day’s entries again from the seal’s `previous` and compares: the number of entries and the head with the seal, the seal with its locked copy, and `previous` with the head of the day sealed before. An entry edited, removed or added straight in the table, or a seal rewritten, shows as `intact: false` with each problem named. The same check runs every day in the `audit-seal` job and from `npm run audit-chain`.
     *
     *     **Roles:** `auditor`, `general_manager`, `sales_manager`.
     */
    get: operations['checkAuditSeal'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/customers/{id}/purchases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List a customer's purchases, newest first
     * @description **Roles:** `sales_manager`, `sales_admin`, `sales_rep`. **Ownership:** *own customer*: A sales rep works with their own customers and what hangs on them (contacts, interactions, opportunities, quotes, contracts, revisits); the sales manager and sales admin with all.
     */
    get: operations['listPurchases'];
    put?: never;
    /**
     * Record a purchase (sales admin, manager)
     * @description Imports purchase history and keeps the customer's rolling 12-month aggregates current. Amounts are integer minor units in the department's currency (CNY by default).
     *
     *     **Roles:** `sales_admin`, `sales_manager`.
     */
    post: operations['recordPurchase'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/customers/{id}/classification': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A customer's class, score, reasons, override and class history
     * @description The class is the override while one is set, else the class the nightly classification computed; null before the first run. Each reason is one factor with its points.
     *
     *     **Roles:** `sales_manager`, `sales_admin`, `sales_rep`. **Ownership:** *own customer*: A sales rep works with their own customers and what hangs on them (contacts, interactions, opportunities, quotes, contracts, revisits); the sales manager and sales admin with all.
     */
    get: operations['getClassification'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/customers/{id}/classification/override': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Override a customer's class (sales manager)
     * @description The override holds, whatever the nightly classification computes, until it is cleared. It is audited in the class history.
     *
     *     **Roles:** `sales_manager`.
     */
    put: operations['overrideClassification'];
    post?: never;
    /**
     * Clear a class override (sales manager)
     * @description **Roles:** `sales_manager`.
     */
    delete: operations['clearClassificationOverride'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/revisits': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List revisits (your own by default)
     * @description The daily revisit planning opens a revisit when a customer has not been contacted within its class interval (A 30, B 90, C 180 days by default); at most one is open per customer. The manager and sales admin may pass `owner=<id>` or `owner=all`.
     *
     *     **Roles:** `sales_manager`, `sales_admin`, `sales_rep`.
     */
    get: operations['listRevisits'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/revisits/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Read a revisit
     * @description **Roles:** `sales_manager`, `sales_admin`, `sales_rep`. **Ownership:** *own customer*: A sales rep works with their own customers and what hangs on them (contacts, interactions, opportunities, quotes, contracts, revisits); the sales manager and sales admin with all.
     */
    get: operations['getRevisit'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/revisits/{id}/complete': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Complete a revisit with its outcome and the customer’s satisfaction
     * @description Also writes a communication record on the customer's file (R-2.6.3). Completing twice is a 409.
     *
     *     **Roles:** `sales_manager`, `sales_admin`, `sales_rep`. **Ownership:** *own customer*: A sales rep works with their own customers and what hangs on them (contacts, interactions, opportunities, quotes, contracts, revisits); the sales manager and sales admin with all.
     */
    post: operations['completeRevisit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/customers/{id}/care-messages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Care messages sent to a customer’s contacts (birthdays, holidays), newest first
     * @description **Roles:** `sales_manager`, `sales_admin`, `sales_rep`. **Ownership:** *own customer*: A sales rep works with their own customers and what hangs on them (contacts, interactions, opportunities, quotes, contracts, revisits); the sales manager and sales admin with all.
     */
    get: operations['listCareMessages'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/products': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The product catalogue
     * @description **Roles:** `sales_manager`, `sales_admin`, `sales_rep`.
     */
    get: operations['listProducts'];
    put?: never;
    /**
     * Add a product to the catalogue (sales manager, sales admin)
     * @description **Roles:** `sales_manager`, `sales_admin`.
     */
    post: operations['createProduct'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/products/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Read a product
     * @description **Roles:** `sales_manager`, `sales_admin`, `sales_rep`.
     */
    get: operations['getProduct'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change a product (JSON merge patch; sales manager, sales admin)
     * @description Quotes keep the name, model and price they were made with.
     *
     *     **Roles:** `sales_manager`, `sales_admin`.
     */
    patch: operations['updateProduct'];
    trace?: never;
  };
  '/price-lists': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The price lists
     * @description **Roles:** `sales_manager`, `sales_admin`, `sales_rep`.
     */
    get: operations['listPriceLists'];
    put?: never;
    /**
     * Add a price list for a customer class, a region, or both (sales manager, sales admin)
     * @description Unit prices in one currency, VAT included, for the products it names (each once, at most 500). A quote line without a unit price takes its price from the customer’s list in the quote’s currency: of the active lists that apply to the customer, the most specific (its class in its region, then its class, then its region), the oldest among equals; a product the list does not name keeps the catalogue price. A price departing from the list price by more than the tolerance needs the technical review, as one departing from the catalogue does. Audited (`GET /audit?type=price-list&id=<id>`).
     *
     *     **Roles:** `sales_manager`, `sales_admin`.
     */
    post: operations['createPriceList'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/price-lists/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Read a price list
     * @description **Roles:** `sales_manager`, `sales_admin`, `sales_rep`.
     */
    get: operations['getPriceList'];
    /**
     * Replace a price list (sales manager, sales admin)
     * @description The whole list as it is to be, with `If-Match` of the version read; `active: false` retires it. Quotes already priced keep their prices.
     *
     *     **Roles:** `sales_manager`, `sales_admin`.
     */
    put: operations['replacePriceList'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/opportunities': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List opportunities (a rep’s own; the manager and sales admin all)
     * @description **Roles:** `sales_manager`, `sales_admin`, `sales_rep`.
     */
    get: operations['listOpportunities'];
    put?: never;
    /**
     * Open an opportunity with a customer
     * @description It starts at `identified` and belongs to the customer’s rep.
     *
     *     **Roles:** `sales_manager`, `sales_admin`, `sales_rep`. **Ownership:** *own customer*: A sales rep works with their own customers and what hangs on them (contacts, interactions, opportunities, quotes, contracts, revisits); the sales manager and sales admin with all.
     */
    post: operations['createOpportunity'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/opportunities/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Read an opportunity with its stage history
     * @description **Roles:** `sales_manager`, `sales_admin`, `sales_rep`. **Ownership:** *own customer*: A sales rep works with their own customers and what hangs on them (contacts, interactions, opportunities, quotes, contracts, revisits); the sales manager and sales admin with all.
     */
    get: operations['getOpportunity'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/opportunities/{id}/stage': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Move an opportunity to another stage
     * @description Every change is recorded with its time (for conversion rates). `won` and `lost` are final; `lost` needs a reason.
     *
     *     **Roles:** `sales_manager`, `sales_admin`, `sales_rep`. **Ownership:** *own customer*: A sales rep works with their own customers and what hangs on them (contacts, interactions, opportunities, quotes, contracts, revisits); the sales manager and sales admin with all.
     */
    post: operations['changeOpportunityStage'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/quotes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List quotes (a rep’s own; the manager and sales admin all)
     * @description **Roles:** `sales_manager`, `sales_admin`, `sales_rep`.
     */
    get: operations['listQuotes'];
    put?: never;
    /**
     * Draft a quote (revision 1)
     * @description Lines name catalogue products; the server fills in name, model, unit and (unless given) the list price, and computes the totals in integer minor units: a line is quantity × unit price × (1 − discount), rounded half up to the minor unit; the total is the sum of the lines.
     *
     *     **Roles:** `sales_manager`, `sales_admin`, `sales_rep`. **Ownership:** *own customer*: A sales rep works with their own customers and what hangs on them (contacts, interactions, opportunities, quotes, contracts, revisits); the sales manager and sales admin with all.
     */
    post: operations['createQuote'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/quotes/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Read a quote with its current revision and its technical review history
     * @description Its rep, the sales manager and sales admin read it, and so does everyone asked to decide its technical review (production, technicians).
     *
     *     **Roles:** any employee. **Ownership:** *own customer*: A sales rep works with their own customers and what hangs on them (contacts, interactions, opportunities, quotes, contracts, revisits); the sales manager and sales admin with all. **Ownership:** *asked to decide*: Everyone asked to decide on a record (an approval step, also after it was escalated from them or went to their delegate) reads it, whatever their role.
     */
    get: operations['getQuote'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/quotes/{id}/revisions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every revision of a quote, oldest first
     * @description Revisions are never changed once written (R-2.3.2).
     *
     *     **Roles:** any employee. **Ownership:** *own customer*: A sales rep works with their own customers and what hangs on them (contacts, interactions, opportunities, quotes, contracts, revisits); the sales manager and sales admin with all. **Ownership:** *asked to decide*: Everyone asked to decide on a record (an approval step, also after it was escalated from them or went to their delegate) reads it, whatever their role.
     */
    get: operations['listQuoteRevisions'];
    put?: never;
    /**
     * Counter-offer: add a new revision
     * @description The quote becomes a draft again at the new revision (a running technical review of the previous one stops); an accepted quote cannot be revised. `priceDeviations` lists the lines that need a technical review before it is sent.
     *
     *     **Roles:** `sales_manager`, `sales_admin`, `sales_rep`. **Ownership:** *own customer*: A sales rep works with their own customers and what hangs on them (contacts, interactions, opportunities, quotes, contracts, revisits); the sales manager and sales admin with all.
     */
    post: operations['reviseQuote'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/quotes/{id}/revisions/{revision}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Read one revision of a quote
     * @description **Roles:** any employee. **Ownership:** *own customer*: A sales rep works with their own customers and what hangs on them (contacts, interactions, opportunities, quotes, contracts, revisits); the sales manager and sales admin with all. **Ownership:** *asked to decide*: Everyone asked to decide on a record (an approval step, also after it was escalated from them or went to their delegate) reads it, whatever their role.
     */
    get: operations['getQuoteRevision'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/quotes/{id}/send': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Email the current revision to a customer contact
     * @description In the contact’s language; replies go to the rep. A revision that needs a technical review (a line priced beyond the catalogue tolerance, or a review the rep asked for) is sent only once the review passed (409 before).
     *
     *     **Roles:** `sales_manager`, `sales_admin`, `sales_rep`. **Ownership:** *own customer*: A sales rep works with their own customers and what hangs on them (contacts, interactions, opportunities, quotes, contracts, revisits); the sales manager and sales admin with all.
     */
    post: operations['sendQuote'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/quotes/{id}/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record that the customer accepted a revision
     * @description Only the current revision, and only until its valid-until date (409 after).
     *
     *     **Roles:** `sales_manager`, `sales_admin`, `sales_rep`. **Ownership:** *own customer*: A sales rep works with their own customers and what hangs on them (contacts, interactions, opportunities, quotes, contracts, revisits); the sales manager and sales admin with all.
     */
    post: operations['acceptQuote'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/quotes/{id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record that the customer rejected the quote, with the reason
     * @description A new revision (counter-offer) reopens it.
     *
     *     **Roles:** `sales_manager`, `sales_admin`, `sales_rep`. **Ownership:** *own customer*: A sales rep works with their own customers and what hangs on them (contacts, interactions, opportunities, quotes, contracts, revisits); the sales manager and sales admin with all.
     */
    post: operations['rejectQuote'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/quotes/{id}/technical-review': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Put the current revision to production or a technician (R-2.2.2)
     * @description Needed before sending when a line’s net unit price departs from the catalogue list price by more than the tolerance (the revision’s `priceDeviations`), or whenever the rep wants prices or configuration checked. The reviewer is resolved now (production, else a technician; never the rep) and decides from an emailed link; the rep is emailed the outcome. A new revision or the customer’s rejection stops a running review.
     *
     *     **Roles:** `sales_manager`, `sales_admin`, `sales_rep`. **Ownership:** *own customer*: A sales rep works with their own customers and what hangs on them (contacts, interactions, opportunities, quotes, contracts, revisits); the sales manager and sales admin with all.
     */
    post: operations['requestTechnicalReview'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/market-intelligence': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Find market intelligence by kind or region, filtered by competitor, product and days
     * @description For everyone in sales: name a `kind` or a `region` (both: the kind’s records in that region); `competitor` (as recorded), `product` (model or name, any case), `from` and `to` filter. Newest first; a filtered page may hold fewer than `limit` items while `nextCursor` is present.
     *
     *     **Roles:** `sales_rep`, `sales_manager`, `sales_admin`.
     */
    get: operations['listMarketIntel'];
    put?: never;
    /**
     * Record market intelligence: a competitor, a market price, product feedback, an opportunity (§2.2.3)
     * @description By a rep, the manager or sales admin. A competitor record names the competitor (`competitor.name`, optionally their product); a price record gives the price seen (`price`, optionally whose); product feedback names the product (`productId` from the catalogue, or `product`) and the customer’s `sentiment`; every record has its region and the day it was observed, and may name the customer (one the caller may see). Honours `Idempotency-Key`.
     *
     *     **Roles:** `sales_rep`, `sales_manager`, `sales_admin`.
     */
    post: operations['recordMarketIntel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/market-intelligence/summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A period’s market intelligence summed up (§2.1.4), and customers’ product feedback for production
     * @description `period` is a year, a quarter or a month. For the sales manager and sales admin: records by kind and region, each competitor’s records, regions and latest prices per product, and each product’s feedback (positive, neutral, negative, the latest five). Production (which passes product feedback on to R&D) reads the product feedback only: the other parts are empty.
     *
     *     **Roles:** `sales_manager`, `sales_admin`, `production`.
     */
    get: operations['getMarketIntelSummary'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/contracts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List contracts (a rep’s own; the manager and sales admin all)
     * @description **Roles:** `sales_manager`, `sales_admin`, `sales_rep`.
     */
    get: operations['listContracts'];
    put?: never;
    /**
     * Draft a contract from an accepted quote
     * @description Copies products, quantities, prices, delivery and payment terms from the accepted revision and adds the quality standard and the liability for breach. One contract per quote.
     *
     *     **Roles:** `sales_manager`, `sales_admin`, `sales_rep`. **Ownership:** *own customer*: A sales rep works with their own customers and what hangs on them (contacts, interactions, opportunities, quotes, contracts, revisits); the sales manager and sales admin with all.
     */
    post: operations['createContract'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/contracts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Read a contract with its full review history
     * @description The customer's rep, the sales manager and sales admin read it, and so does everyone asked to decide a step of its review (legal included).
     *
     *     **Roles:** any employee. **Ownership:** *own customer*: A sales rep works with their own customers and what hangs on them (contacts, interactions, opportunities, quotes, contracts, revisits); the sales manager and sales admin with all. **Ownership:** *asked to decide*: Everyone asked to decide on a record (an approval step, also after it was escalated from them or went to their delegate) reads it, whatever their role.
     */
    get: operations['getContract'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Edit a contract that is not yet signed (JSON merge patch)
     * @description A change invalidates any review (R-2.4.4): a contract under review stops its review (its pending links stop working) and, like an approved one, becomes a draft again, to be submitted anew. A signed (effective) contract cannot be edited (409).
     *
     *     **Roles:** `sales_manager`, `sales_admin`, `sales_rep`. **Ownership:** *own customer*: A sales rep works with their own customers and what hangs on them (contacts, interactions, opportunities, quotes, contracts, revisits); the sales manager and sales admin with all.
     */
    patch: operations['updateContract'];
    trace?: never;
  };
  '/contracts/{id}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Submit a draft for review: the sales manager, then legal
     * @description Starts the contract-review workflow (a new round after a rejection). Each reviewer gets an emailed link; a rejection returns the contract to draft with the comment, and the rep is told.
     *
     *     **Roles:** `sales_manager`, `sales_admin`, `sales_rep`. **Ownership:** *own customer*: A sales rep works with their own customers and what hangs on them (contacts, interactions, opportunities, quotes, contracts, revisits); the sales manager and sales admin with all.
     */
    post: operations['submitContract'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/contracts/{id}/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Withdraw a contract from its review
     * @description R-2.4.4: the running review stops, its pending links stop working, and the contract is a draft again. Only a contract under review can be withdrawn (409 otherwise).
     *
     *     **Roles:** `sales_manager`, `sales_admin`, `sales_rep`. **Ownership:** *own customer*: A sales rep works with their own customers and what hangs on them (contacts, interactions, opportunities, quotes, contracts, revisits); the sales manager and sales admin with all.
     */
    post: operations['withdrawContract'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/contracts/{id}/sign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record the signing of an approved contract; it is then effective
     * @description **Roles:** `sales_manager`, `sales_admin`, `sales_rep`. **Ownership:** *own customer*: A sales rep works with their own customers and what hangs on them (contacts, interactions, opportunities, quotes, contracts, revisits); the sales manager and sales admin with all.
     */
    post: operations['signContract'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/orders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List orders (a rep’s own; the sales manager, sales admin and finance all)
     * @description `status` keeps one status (department-wide, by delivery date); `lateOn` keeps those whose delivery date is before that day, e.g. today’s date with an open status for the orders late against their delivery date.
     *
     *     **Roles:** `sales_rep`, `sales_manager`, `sales_admin`, `finance`, `production`, `logistics`.
     */
    get: operations['listOrders'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/orders/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Read an order with its whole timeline
     * @description The order (made from its effective contract, whose id it shares) and everything that happened to it, oldest first: review, production progress, each shipment with its tracking number, the receipt and its issues, payments; with its installments. Read in one Query of the order’s partition. Production and logistics get the work view: no prices, no installments, no payment entries.
     *
     *     **Roles:** any employee. **Ownership:** *own order*: A sales rep acts on the orders of their own customers; the sales manager, sales admin, finance, production and logistics on all (production and logistics see quantities and dates, not prices). **Ownership:** *asked to decide*: Everyone asked to decide on a record (an approval step, also after it was escalated from them or went to their delegate) reads it, whatever their role.
     */
    get: operations['getOrder'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/orders/{id}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Put a returned order to sales admin’s review again
     * @description An order goes to review by itself when it is created; when the review sends it back, its rep clarifies what was asked (the optional note goes into the timeline) and submits it again: a new round. Only a new or returned order can be submitted (409 otherwise).
     *
     *     **Roles:** `sales_rep`, `sales_manager`. **Ownership:** *own order*: A sales rep acts on the orders of their own customers; the sales manager, sales admin, finance, production and logistics on all (production and logistics see quantities and dates, not prices).
     */
    post: operations['submitOrder'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/orders/{id}/production/acceptance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Production accepts a reviewed order with its planned completion date
     * @description Production only, on an order awaiting production. Sales admin and the rep follow it on the order; the rep is emailed. When the planned date passes without completion, the deadlines job alerts sales admin and the rep.
     *
     *     **Roles:** `production`. **Ownership:** *own order*: A sales rep acts on the orders of their own customers; the sales manager, sales admin, finance, production and logistics on all (production and logistics see quantities and dates, not prices).
     */
    post: operations['acceptOrderProduction'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/orders/{id}/production/progress': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Production reports progress (a percent, a milestone, or both)
     * @description Production only, while in production; a percent never goes back. The rep is emailed.
     *
     *     **Roles:** `production`. **Ownership:** *own order*: A sales rep acts on the orders of their own customers; the sales manager, sales admin, finance, production and logistics on all (production and logistics see quantities and dates, not prices).
     */
    post: operations['reportOrderProgress'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/orders/{id}/production/completion': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Production completes the order: ready to ship
     * @description **Roles:** `production`. **Ownership:** *own order*: A sales rep acts on the orders of their own customers; the sales manager, sales admin, finance, production and logistics on all (production and logistics see quantities and dates, not prices).
     */
    post: operations['completeOrderProduction'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/orders/{id}/shipments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Logistics records a shipment (partial shipments allowed)
     * @description Lines by their position in the order with the quantities shipped, carrier, tracking number and ship date; never more than is left to ship of a line (409). The customer’s contact is emailed the carrier and tracking number in their language; with the last shipment also a single-use link to confirm the receipt. Honours `Idempotency-Key`.
     *
     *     **Roles:** `logistics`. **Ownership:** *own order*: A sales rep acts on the orders of their own customers; the sales manager, sales admin, finance, production and logistics on all (production and logistics see quantities and dates, not prices).
     */
    post: operations['recordShipment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/orders/{id}/fulfilment': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sales admin starts a stalled order’s fulfilment workflow again
     * @description A stalled order (its workflow waited past the step timeout or a step failed) gets a new run, which picks up where the order stands. 409 when it is not stalled.
     *
     *     **Roles:** `sales_admin`. **Ownership:** *own order*: A sales rep acts on the orders of their own customers; the sales manager, sales admin, finance, production and logistics on all (production and logistics see quantities and dates, not prices).
     */
    post: operations['restartOrderFulfilment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/orders/{id}/receipt': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The rep records the customer’s receipt, with any problems
     * @description For a customer who does not use the emailed link: the rep (their own orders), sales admin or the manager. Each problem opens a receipt issue the rep resolves before the order completes; without problems the order is delivered and the workflow completes it.
     *
     *     **Roles:** `sales_rep`, `sales_admin`, `sales_manager`. **Ownership:** *own order*: A sales rep acts on the orders of their own customers; the sales manager, sales admin, finance, production and logistics on all (production and logistics see quantities and dates, not prices).
     */
    post: operations['recordOrderReceipt'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/orders/{id}/issues/{issueId}/resolution': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Resolve a receipt issue
     * @description The rep (their own orders), sales admin or the manager; with no issue left open the order is delivered and completes.
     *
     *     **Roles:** `sales_rep`, `sales_admin`, `sales_manager`. **Ownership:** *own order*: A sales rep acts on the orders of their own customers; the sales manager, sales admin, finance, production and logistics on all (production and logistics see quantities and dates, not prices).
     */
    post: operations['resolveReceiptIssue'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/orders/{id}/payment-plan': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Set the order’s payment plan (sales admin, finance)
     * @description Parts of the total (percent, due on signing, delivery or acceptance, plus days) that add up to 100 %, taken from the contract’s payment terms; replaces the default plan’s installments. Refused (409) once a payment is recorded.
     *
     *     **Roles:** `finance`, `sales_admin`. **Ownership:** *own order*: A sales rep acts on the orders of their own customers; the sales manager, sales admin, finance, production and logistics on all (production and logistics see quantities and dates, not prices).
     */
    put: operations['setOrderPaymentPlan'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/orders/{id}/payments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Finance records a customer’s payment against an order
     * @description Settles the earliest open installments first; a payment above what is still owed is refused (409) and records nothing. Send an `Idempotency-Key` so that a retried request is not counted twice.
     *
     *     **Roles:** `finance`.
     */
    post: operations['recordPayment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/orders/{id}/refunds': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Finance records money paid back to the customer on an order
     * @description Goods returned, a price settled lower: at most what the order collected less earlier refunds (more is a 409 and records nothing). The installments stay as they are (what is still owed changes by an amendment or a write-off). `payment.refunded` follows, from which every commission plan claws back what the refunded money earned, split over the order’s products like a payment. Refunds are numbered in the order; one recorded meanwhile is a 409 to read the order again. Send an `Idempotency-Key` so that a retried request is not counted twice.
     *
     *     **Roles:** `finance`.
     */
    post: operations['recordRefund'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/orders/{id}/write-off': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Finance writes off what is still owed on an order
     * @description Every open installment stops being owed: its unpaid part is written off as lost, with the reason, and leaves the aging report and the customer’s credit position; what was paid stays paid, and a later payment against the order is refused. `receivable.written-off` follows, from which the commission plans claw back the commission earned on the order’s collected money. Nothing outstanding is a 409; a payment recorded meanwhile is a 409 to read the order again.
     *
     *     **Roles:** `finance`.
     */
    post: operations['writeOffReceivable'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/receivables/aging': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Receivables aging report (finance, sales manager, sales admin)
     * @description What is still owed on open installments, by currency and by how far past its due date on `asOf` (default today in the company’s time zone): current (not yet due), 1–30, 31–60, 61–90 and over 90 days. Amounts in minor units.
     *
     *     **Roles:** `finance`, `sales_manager`, `sales_admin`.
     */
    get: operations['getReceivablesAging'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/customers/{id}/credit-limit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Sets a customer’s credit limit (finance)
     * @description Finance sets (or replaces) the customer’s credit limit, in minor units of one currency, with the reason. Each change is audited (`GET /audit?type=credit-limit&id=<customer id>`). A contract submitted for review that would take the customer’s open receivables plus its total past the limit (or with a limit in another currency) first goes to a credit-override step (finance or the general manager, by the `orders.credit.overrideRoles` setting), whose approver must give the reason.
     *
     *     **Roles:** `finance`.
     */
    put: operations['setCreditLimit'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/customers/{id}/credit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A customer’s credit: open receivables, overdue, limit, available
     * @description Finance and the general manager read any customer’s; the sales manager, sales admin and the customer’s rep, as they may the customer. In one currency (`currency`, else the limit’s): what is still owed on the customer’s open installments, how much of it is overdue today, and the limit and what remains of it when a limit is set in that currency.
     *
     *     **Roles:** `finance`, `general_manager`, `sales_manager`, `sales_admin`, `sales_rep`. **Ownership:** *own customer*: A sales rep works with their own customers and what hangs on them (contacts, interactions, opportunities, quotes, contracts, revisits); the sales manager and sales admin with all.
     */
    get: operations['getCustomerCredit'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/receipts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The page behind the customer’s emailed receipt link
     * @description Shows what was shipped, with a form to confirm the receipt or report a problem (posting to the confirmation endpoint), in the contact’s language. Reading it never changes anything. An invalid, replaced, expired or used link gets a page that says so.
     */
    get: operations['getReceiptPage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    /** Headers of the page behind the customer’s emailed receipt link (mail scanners); changes nothing */
    head: operations['headReceiptPage'];
    patch?: never;
    trace?: never;
  };
  '/receipts/{id}/confirmation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The customer confirms the receipt from the emailed link
     * @description A form post carrying the link token `t`, the day received, and `problem` (`none`, or a kind with a description; a problem becomes a service ticket). Single-use: the first answer wins; answers with a page.
     */
    post: operations['confirmReceipt'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/orders/{id}/amendments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Request an amendment of the contract behind an order (R-2.5.5)
     * @description A change of line quantities or unit prices (minor units) and/or the delivery date, with the reason, by the order’s rep or the sales manager, until the first shipment. The contract’s review chain (the sales manager, then legal; never the requester) decides it from emailed links; approved, the order takes the amended lines, total and delivery date, and the unpaid installments follow the new total (an increase on the last, a decrease off the latest unpaid). One amendment at a time; a total below what was paid is refused. The amendments stay in the order’s history.
     *
     *     **Roles:** `sales_rep`, `sales_manager`. **Ownership:** *own order*: A sales rep acts on the orders of their own customers; the sales manager, sales admin, finance, production and logistics on all (production and logistics see quantities and dates, not prices).
     */
    post: operations['requestOrderAmendment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/expenses/budgets/{year}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Read the year’s budget lines (sales manager, finance, general manager, audit)
     * @description **Roles:** `sales_manager`, `finance`, `general_manager`, `auditor`.
     */
    get: operations['getExpenseBudget'];
    /**
     * File the year’s expense budget (sales manager)
     * @description By category (travel, entertainment, marketing, advertising, training, other), each split into quarters and months (even by default; given parts must add up to the whole and, for months, to their quarter), optionally with reps’ own parts (split evenly over the months, taken out of the department’s share). Each category and month becomes a budget line (budgeted, reserved, spent, available), for the department and for each named rep. Filed again, it replaces the year while nothing is reserved or spent on it (409 otherwise). Amounts in minor units.
     *
     *     **Roles:** `sales_manager`.
     */
    put: operations['fileExpenseBudget'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/expenses/claims': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List claims (one’s own; finance, the sales manager, the general manager and audit all), newest first
     * @description **Roles:** any employee. **Ownership:** *own claim*: The claimant reads their own claims; finance, the sales manager, the general manager and audit read all.
     */
    get: operations['listClaims'];
    put?: never;
    /**
     * File an expense claim (before spending)
     * @description A draft: category, amount (minor units of the department’s currency), the day of the expense and the reason. Honours `Idempotency-Key`.
     *
     *     **Roles:** `sales_rep`, `sales_manager`, `supervisor`, `sales_admin`.
     */
    post: operations['createClaim'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/expenses/claims/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Read a claim with its approval history
     * @description The claimant, everyone asked to decide it, finance, the sales manager, the general manager and audit.
     *
     *     **Roles:** any employee. **Ownership:** *own claim*: The claimant reads their own claims; finance, the sales manager, the general manager and audit read all. **Ownership:** *asked to decide*: Everyone asked to decide on a record (an approval step, also after it was escalated from them or went to their delegate) reads it, whatever their role.
     */
    get: operations['getClaim'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/expenses/claims/{id}/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A claim’s audit trail: who changed what, when (audit, finance, management)
     * @description Read-only: no route edits or deletes audit records.
     *
     *     **Roles:** `auditor`, `finance`, `sales_manager`, `general_manager`.
     */
    get: operations['getClaimAudit'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/expenses/claims/{id}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Submit a claim: its amount is reserved on its budget line, and its tiered approval starts
     * @description The claimant only. The claim draws on its category’s line for the month of its date (the rep’s own part if the budget gives them one, else the department’s); the reservation is a condition of the same transaction, so however many claims arrive together the reserved plus spent never exceed the budget: one that does not fit is refused (409, nothing reserved). The chain is resolved now: the claimant’s supervisor, the sales manager, above the threshold the senior approver (setting), then finance, who checks the vouchers and approves it for payment (approve) or refuses it (reject, with the reason); an approved claim stays reserved until finance records its payment (`POST /expenses/claims/{id}/payment`); nobody decides twice or decides their own claim. A rejected claim may be submitted again (a new round).
     *
     *     **Roles:** any employee. **Ownership:** *claimant*: Only the claimant submits, withdraws and attaches receipts.
     */
    post: operations['submitClaim'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/expenses/claims/{id}/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Withdraw a claim before its first decision (the reservation is released)
     * @description **Roles:** any employee. **Ownership:** *claimant*: Only the claimant submits, withdraws and attaches receipts.
     */
    post: operations['withdrawClaim'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/expenses/claims/{id}/receipts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Attach a receipt or invoice to a draft claim: answers a presigned upload URL
     * @description The claimant, while the claim is a draft or rejected; at most 10 per claim. PDF, JPEG or PNG, at most 10 MB. The answer’s `upload` says how to send the file straight to the private documents bucket: `PUT` to `url` with the `content-type` header, within `expiresInSeconds`; the URL is signed for that type and exactly that size. Submitting the claim checks that every receipt was uploaded as announced. Honours `Idempotency-Key` (a replay answers the first URL, which may have expired).
     *
     *     **Roles:** any employee. **Ownership:** *claimant*: Only the claimant submits, withdraws and attaches receipts.
     */
    post: operations['attachClaimReceipt'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/expenses/claims/{id}/receipts/{receiptId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A short-lived download URL of a receipt (whoever may read the claim)
     * @description **Roles:** any employee. **Ownership:** *own claim*: The claimant reads their own claims; finance, the sales manager, the general manager and audit read all. **Ownership:** *asked to decide*: Everyone asked to decide on a record (an approval step, also after it was escalated from them or went to their delegate) reads it, whatever their role.
     */
    get: operations['downloadClaimReceipt'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/expenses/claims/{id}/payment': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Pay an approved claim and record the payment (finance)
     * @description Finance only, and never for their own claim. The claim is paid whole (`amount` must be its amount), on `paidOn`, under the transfer’s or voucher’s `reference`. The payment is a record of its own, written once in the same transaction as the claim becoming paid, its reservation becoming spending on its budget line and the claimant’s payouts counting it; the claimant is emailed. A second payment is 409.
     *
     *     **Roles:** `finance`.
     */
    post: operations['recordClaimPayment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/expenses/report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Budget against actual for a year, quarter or month (JSON or CSV)
     * @description Per category and line (the department’s share and each rep’s part): budgeted, reserved, spent, available, summed over the period’s months; and what was paid per claimant. `format=csv` answers CSV in UTF-8 with a byte order mark (Excel reads the Chinese text).
     *
     *     **Roles:** `sales_manager`, `finance`, `general_manager`, `auditor`.
     */
    get: operations['getExpenseReport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/trips': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List trips (your own by default)
     * @description Newest first day first. Sales admin and the manager may pass `traveller=<id>` or `traveller=all` (then `status` narrows to requested, booked or cancelled).
     *
     *     **Roles:** any employee.
     */
    get: operations['listTrips'];
    put?: never;
    /**
     * Request a business trip (§2.3.5)
     * @description A rep requests their own trip; sales admin or the manager may for a rep (`travellerId`). Destination, first and last day (today or later, at most 30 days), purpose, and the customers to visit (ones the traveller may see). Sales admin then books it. Honours `Idempotency-Key`.
     *
     *     **Roles:** `sales_rep`, `sales_manager`, `sales_admin`, `supervisor`.
     */
    post: operations['requestTrip'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/trips/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Read a trip with its expense claims and the revisits made on it
     * @description For its traveller, sales admin and the manager. `claims`: the traveller’s claims that name the trip; `revisits`: the revisits the traveller completed for the trip’s customers between its first and last day.
     *
     *     **Roles:** any employee.
     */
    get: operations['getTrip'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/trips/{id}/bookings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record a hotel, ticket or car booking for a trip (sales admin)
     * @description The trip is booked; a cancelled trip takes none. At most 20 bookings a trip.
     *
     *     **Roles:** `sales_admin`.
     */
    post: operations['bookTrip'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/trips/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Cancel a trip (its traveller, sales admin or the manager)
     * @description **Roles:** any employee.
     */
    post: operations['cancelTrip'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/expense-audits/rule': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The internal audit’s published sampling rule (R-6.6)
     * @description Everyone may read it: a sampled claim is one of at least `amountAtLeast` (minor units), of one of `categories`, of one of `claimants`, or else drawn at random with `randomShare` (from a seed kept with each audit, so the draw can be repeated and checked); at most `maxSample` claims, those with most reasons first, then the largest.
     *
     *     **Roles:** any employee.
     */
    get: operations['getAuditRule'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/expense-audits': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the audits, newest period first (audit, management, finance)
     * @description **Roles:** `auditor`, `sales_manager`, `general_manager`, `finance`.
     */
    get: operations['listExpenseAudits'];
    put?: never;
    /**
     * Open the audit of an ended period (audit)
     * @description Draws the sample of the period’s approved and paid claims (filed in its months) by the published rule, and opens its audit with one pending finding per sampled claim, at once. The `expense-audit` job does this for the last quarter on the first day of each quarter. `expense.audit-opened` tells the auditors. Honours `Idempotency-Key`.
     *
     *     **Roles:** `auditor`.
     */
    post: operations['openExpenseAudit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/expense-audits/{period}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A period’s audit report: the sample, each finding and the answers, and what they add up to
     * @description **Roles:** `auditor`, `sales_manager`, `general_manager`, `finance`.
     */
    get: operations['getExpenseAudit'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/expense-audits/{period}/findings/{claimId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One sampled claim’s finding and its answers
     * @description Audit, management and finance; the claimant reads the findings on their own claims.
     *
     *     **Roles:** any employee. **Ownership:** *finding’s readers*: Audit, the sales manager, the general manager and finance read every finding; a claimant reads the findings on their own claims.
     */
    get: operations['getAuditFinding'];
    /**
     * Record the finding on a sampled claim (audit)
     * @description `compliant`, or `finding` with its severity, what was observed, the action asked for and the day to answer by (14 days by default). Nobody audits their own claim. It may be recorded again until someone answered it; `expense.audit-finding` asks the claimant and the sales manager to answer.
     *
     *     **Roles:** `auditor`.
     */
    put: operations['recordAuditFinding'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/expense-audits/{period}/findings/{claimId}/responses': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Answer a finding: the claimant’s response, or the sales manager’s
     * @description The claimant answers a finding on their claim; a sales manager answers for the department (on someone else’s claim). Each answers once; a compliant claim has nothing to answer.
     *
     *     **Roles:** any employee. **Ownership:** *finding’s answerers*: The claimant answers a finding on their claim; the sales manager answers for the department (not on their own claim).
     */
    post: operations['answerAuditFinding'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/expense-audits/{period}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Close a period’s audit with its conclusion (audit)
     * @description Once every sampled claim has its finding. `expense.audit-closed` sends the report to the sales manager, the general manager and finance; answers still outstanding stay visible in it.
     *
     *     **Roles:** `auditor`.
     */
    post: operations['closeExpenseAudit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/complaints': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List complaints: one customer’s (its file), or the department’s in a status by deadline
     * @description `customerId` lists a customer’s complaints, newest first, for whoever may see the customer. Without it (sales admin, the manager, technicians), the complaints in `status` (default `open`) by answer deadline, the most urgent first.
     *
     *     **Roles:** `sales_rep`, `sales_admin`, `sales_manager`, `technician`.
     */
    get: operations['listComplaints'];
    put?: never;
    /**
     * Log a customer complaint (R-3.5)
     * @description The customer’s words and request, the contact who complained and the severity. Its owner is the customer’s rep; its answer deadline follows the customer’s class and the severity (setting `service`, documented in docs/operations.md: A faster than B faster than C). Honours `Idempotency-Key`.
     *
     *     **Roles:** `sales_rep`, `sales_admin`, `sales_manager`.
     */
    post: operations['logComplaint'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/complaints/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Read a complaint with its whole history
     * @description **Roles:** `sales_rep`, `sales_admin`, `sales_manager`, `technician`. **Ownership:** *own complaint*: A sales rep works on the complaints of their own customers; sales admin, the manager and technicians on all.
     */
    get: operations['getComplaint'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/complaints/{id}/attachments/{number}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Download a file of the customer’s email a complaint came from
     * @description Whoever may read the complaint. `number` counts its `attachments` from 1. Answers the file’s name, type and size with a presigned download URL (five minutes), saved as `attachment-<number>` with the file’s extension.
     *
     *     **Roles:** `sales_rep`, `sales_admin`, `sales_manager`, `technician`. **Ownership:** *own complaint*: A sales rep works on the complaints of their own customers; sales admin, the manager and technicians on all.
     */
    get: operations['getComplaintAttachment'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/complaints/{id}/notes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Add an investigation note
     * @description **Roles:** `sales_rep`, `sales_admin`, `sales_manager`. **Ownership:** *own complaint*: A sales rep works on the complaints of their own customers; sales admin, the manager and technicians on all.
     */
    post: operations['addComplaintNote'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/complaints/{id}/answer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Answer the customer (emailed to the contact in their language)
     * @description An open complaint only; replies to the email reach the rep.
     *
     *     **Roles:** `sales_rep`, `sales_admin`, `sales_manager`. **Ownership:** *own complaint*: A sales rep works on the complaints of their own customers; sales admin, the manager and technicians on all.
     */
    post: operations['answerComplaint'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/complaints/{id}/follow-ups': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record the customer’s word after the answer: solved, or open again
     * @description `solved: true` needs the root cause, its kind (`cause`) and the corrective action, recorded so the problem does not come back, and optionally the product concerned; the solved complaint counts in its month’s summary of causes (`GET /complaint-causes`). `solved: false` opens the complaint again for another answer.
     *
     *     **Roles:** `sales_rep`, `sales_admin`, `sales_manager`. **Ownership:** *own complaint*: A sales rep works on the complaints of their own customers; sales admin, the manager and technicians on all.
     */
    post: operations['followUpComplaint'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/complaint-causes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Summarise the causes of the complaints solved in a period (§4.4.3)
     * @description For the sales manager and sales admin. `period` is a year (`2026`), a quarter (`2026-Q3`) or a month (`2026-07`). Solved complaints by kind of cause and product, the most frequent first, each with the latest root cause and corrective action; `recurring` when the same cause about the same product was solved in the twelve months before the period (the fix did not hold). One Query per month read.
     *
     *     **Roles:** `sales_manager`, `sales_admin`.
     */
    get: operations['getComplaintCauses'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/inbound-messages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The email channel’s queue: messages from senders who are no known contact
     * @description Sales admin and the manager. Customers write to the service address (SES inbound on AWS, setting `inboundAddress`; `npm run inbound` locally). A message from exactly one contact’s address became a complaint of that customer at once (`filed`, with its `complaintId`); any other waits here (`open`, oldest first) to be filed or dismissed. `status` lists the filed or dismissed ones.
     *
     *     **Roles:** `sales_admin`, `sales_manager`.
     */
    get: operations['listInboundMessages'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/inbound-messages/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One received message
     * @description Sales admin and the manager: who wrote, what, when, and what became of it.
     *
     *     **Roles:** `sales_admin`, `sales_manager`.
     */
    get: operations['getInboundMessage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/inbound-messages/{id}/attachments/{number}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Download a file that came with a received message
     * @description Sales admin and the manager. `number` counts the message’s `attachments` from 1. Answers the file’s name, type and size with a presigned download URL (five minutes), saved as `attachment-<number>` with the file’s extension.
     *
     *     **Roles:** `sales_admin`, `sales_manager`.
     */
    get: operations['getInboundMessageAttachment'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/inbound-messages/{id}/file': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * File a queued message as a complaint of a customer’s contact
     * @description The complaint carries the message’s subject and text, the severity given, and the request (default: the subject); it is owned by the customer’s rep and due like any other. The message becomes `filed` with the complaint’s id, in the same transaction.
     *
     *     **Roles:** `sales_admin`, `sales_manager`.
     */
    post: operations['fileInboundMessage'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/inbound-messages/{id}/dismiss': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Dismiss a queued message (not a complaint: spam, a wrong address), with the reason
     * @description The message stays on record as `dismissed`, with who dismissed it and why.
     *
     *     **Roles:** `sales_admin`, `sales_manager`.
     */
    post: operations['dismissInboundMessage'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/contact-messages/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The page behind the “write to us” link at the foot of every email to a customer’s contact
     * @description A form, in the contact’s language: a complaint or a service request, its urgency, the message and what the customer would like done. Reading it never changes anything. An invalid, replaced, expired or used link gets a page that says so.
     */
    get: operations['getContactMessagePage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    /** Headers of the page behind the “write to us” link at the foot of every email to a customer’s contact (mail scanners); changes nothing */
    head: operations['headContactMessagePage'];
    patch?: never;
    trace?: never;
  };
  '/contact-messages/{id}/send': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A customer’s contact complains or asks for service from the link in an email
     * @description A form post carrying the link token `t`, `kind` (`complaint` or `service`), `severity`, `message` and an optional `request`. A complaint is filed for the link’s contact and customer, owned by its rep and due by class and severity; a service request opens a ticket (source `customer-link`). Every later email to the contact carries a fresh link. Single-use: the first answer wins; answers with a page.
     */
    post: operations['sendContactMessage'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tickets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List tickets: one customer’s (its file), or a department’s queue
     * @description `customerId` lists a customer’s tickets, newest first, for its rep, sales admin, technicians and the manager. Otherwise a department’s queue (`department`) in `status` (default `open`), the nearest resolution deadline first: production, logistics and finance see their own department’s (the default), another’s is a 403; sales admin, technicians and the manager any, and without `department` every queue one after the other. A rep names one of their customers.
     *
     *     **Roles:** `sales_rep`, `sales_admin`, `technician`, `sales_manager`, `production`, `logistics`, `finance`.
     */
    get: operations['listTickets'];
    put?: never;
    /**
     * Record a customer problem as a service ticket (R-2.6.1)
     * @description By the customer’s rep, sales admin, a technician or the manager: the customer, optionally the contact, the order (of this customer) and the product, the category, severity and description. The category routes it first (usage, malfunction, other: after-sales; quality: production; transport damage, wrong delivery: logistics; billing: finance). Its owner is the customer’s rep; its response and resolution deadlines follow the customer’s class and the severity (setting `service`, docs/operations.md), and its timer reminds and escalates. Honours `Idempotency-Key`.
     *
     *     **Roles:** `sales_rep`, `sales_admin`, `technician`, `sales_manager`.
     */
    post: operations['openTicket'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tickets/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Read a ticket with its whole history
     * @description For its rep, sales admin, technicians, the manager and the department it is routed to.
     *
     *     **Roles:** `sales_rep`, `sales_admin`, `technician`, `sales_manager`, `production`, `logistics`, `finance`. **Ownership:** *ticket party*: The rep who owns the ticket, sales admin, technicians and the manager, and the people of the department it is routed to; a visit's report is its technician's.
     */
    get: operations['getTicket'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tickets/{id}/routing': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Route a ticket to another department, with the reason
     * @description Each routing is kept in the history; the department is told by email.
     *
     *     **Roles:** `sales_rep`, `sales_admin`, `technician`, `sales_manager`, `production`, `logistics`, `finance`. **Ownership:** *ticket party*: The rep who owns the ticket, sales admin, technicians and the manager, and the people of the department it is routed to; a visit's report is its technician's.
     */
    post: operations['routeTicket'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tickets/{id}/remote-guidance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record remote guidance given by phone or email
     * @description The first guidance (or a planned visit) is the response the response deadline asks for.
     *
     *     **Roles:** `sales_rep`, `sales_admin`, `technician`, `sales_manager`, `production`, `logistics`, `finance`. **Ownership:** *ticket party*: The rep who owns the ticket, sales admin, technicians and the manager, and the people of the department it is routed to; a visit's report is its technician's.
     */
    post: operations['recordRemoteGuidance'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tickets/{id}/visits': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Plan an on-site visit by a technician
     * @description Sales admin, a technician or the manager; one planned visit at a time. The technician is emailed.
     *
     *     **Roles:** `sales_admin`, `technician`, `sales_manager`. **Ownership:** *ticket party*: The rep who owns the ticket, sales admin, technicians and the manager, and the people of the department it is routed to; a visit's report is its technician's.
     */
    post: operations['planTicketVisit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tickets/{id}/visits/{number}/report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The technician reports a visit: work done, parts used, outcome
     * @description Only the visit’s technician.
     *
     *     **Roles:** `technician`. **Ownership:** *ticket party*: The rep who owns the ticket, sales admin, technicians and the manager, and the people of the department it is routed to; a visit's report is its technician's.
     */
    post: operations['reportTicketVisit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tickets/{id}/solution': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Solve a ticket: problem, cause and solution
     * @description Becomes a knowledge base entry for the product; a planned visit is reported first. The customer’s contact is emailed a single-use satisfaction link, and a receipt problem’s ticket resolves the order’s receipt issue.
     *
     *     **Roles:** `sales_rep`, `sales_admin`, `technician`, `sales_manager`, `production`, `logistics`, `finance`. **Ownership:** *ticket party*: The rep who owns the ticket, sales admin, technicians and the manager, and the people of the department it is routed to; a visit's report is its technician's.
     */
    post: operations['solveTicket'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/ratings/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The page behind the customer’s emailed satisfaction link
     * @description Shows the problem and how it was solved, with a form to rate the service 1–5 and comment, in the contact’s language. Reading it never changes anything. An invalid, replaced, expired or used link gets a page that says so.
     */
    get: operations['getRatingPage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    /** Headers of the page behind the customer’s emailed satisfaction link (mail scanners); changes nothing */
    head: operations['headRatingPage'];
    patch?: never;
    trace?: never;
  };
  '/ratings/{id}/answer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The customer rates a solved ticket from the emailed link
     * @description A form post carrying the link token `t`, `score` (1–5) and an optional `comment`. Single-use: the first answer wins; answers with a page.
     */
    post: operations['rateTicket'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/service-requests/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The page behind the customer’s emailed problem-report link
     * @description Emailed to the customer’s contact when an order completes: a form with the order’s products, the kind of problem, its urgency and a description, in the contact’s language. Reading it never changes anything. An invalid, replaced, expired or used link gets a page that says so.
     */
    get: operations['getServiceRequestPage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    /** Headers of the page behind the customer’s emailed problem-report link (mail scanners); changes nothing */
    head: operations['headServiceRequestPage'];
    patch?: never;
    trace?: never;
  };
  '/service-requests/{id}/report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The customer reports a problem with a completed order from the emailed link
     * @description A form post carrying the link token `t`, `line` (the order line, from 1), `category`, `severity` and `description`; opens a service ticket like one recorded by staff. The acknowledgement email carries a fresh link for the next report. Single-use: the first answer wins; answers with a page.
     */
    post: operations['reportServiceRequest'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/knowledge': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Search the knowledge base (R-2.6.4)
     * @description Entries newest first, of one `product` (its model or name, any case) or all, with every word of `q` (any case) in the problem, cause or solution. For reps, sales admin, the manager, technicians, production and logistics.
     *
     *     **Roles:** `sales_rep`, `sales_admin`, `sales_manager`, `technician`, `production`, `logistics`.
     */
    get: operations['searchKnowledge'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/knowledge/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Read a knowledge base entry
     * @description **Roles:** `sales_rep`, `sales_admin`, `sales_manager`, `technician`, `production`, `logistics`.
     */
    get: operations['getKnowledgeEntry'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/problem-summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The most common customer problems of a period, with their known solutions (§3.6.4)
     * @description For the sales manager, sales admin, technicians and production. `period` is a year, a quarter or a month. Tickets opened in the period by product and category, the most frequent first (the `problemSummarySize` setting), each with the latest solution the knowledge base holds for that product and category. The same summary goes to the sales manager by email on the first of each month for the month before.
     *
     *     **Roles:** `sales_manager`, `sales_admin`, `technician`, `production`.
     */
    get: operations['getProblemSummary'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/appreciation-events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List appreciation events, latest date first
     * @description **Roles:** `sales_manager`, `sales_admin`.
     */
    get: operations['listAppreciationEvents'];
    put?: never;
    /**
     * Create an appreciation event for key customers (R-3.4)
     * @description The sales manager: a product launch or customer gathering on a future day, at a place. Honours `Idempotency-Key`.
     *
     *     **Roles:** `sales_manager`.
     */
    post: operations['createAppreciationEvent'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/appreciation-events/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Read an event with its invitations and attendance
     * @description **Roles:** `sales_manager`, `sales_admin`.
     */
    get: operations['getAppreciationEvent'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/appreciation-events/{id}/proposals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Propose guests: A customers of at least N years
     * @description A customers whose first purchase is at least `minYears` (default: setting `appreciationMinYears`, 3) whole years ago, the longest first, each marked if already invited.
     *
     *     **Roles:** `sales_manager`, `sales_admin`.
     */
    get: operations['proposeAppreciationGuests'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/appreciation-events/{id}/invitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Invite customers to an event
     * @description The sales manager; at most 40 customers a request. Each customer’s first contact with an email is invited, by email in their language, with a single-use link to accept or decline until the event’s day. A customer invited before is not invited again.
     *
     *     **Roles:** `sales_manager`.
     */
    post: operations['inviteAppreciationGuests'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/invitations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The page behind a customer’s emailed invitation link
     * @description Shows the event (title, date, place) with buttons to accept or decline, in the contact’s language. Reading it never changes anything. An invalid, replaced, expired or used link gets a page that says so.
     */
    get: operations['getInvitationPage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    /** Headers of the page behind a customer’s emailed invitation link (mail scanners); changes nothing */
    head: operations['headInvitationPage'];
    patch?: never;
    trace?: never;
  };
  '/invitations/{id}/answer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The customer accepts or declines an invitation from the emailed link
     * @description A form post carrying the link token `t` and `answer` (`accept` or `decline`). Single-use: the first answer wins; answers with a page.
     */
    post: operations['answerInvitation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/performance/targets/{employeeId}/{year}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Read a rep’s targets for a year
     * @description The rep, their supervisor, the sales manager and the general manager.
     *
     *     **Roles:** any employee. **Ownership:** *own figures*: An employee reads their own figures, targets and evaluations; a supervisor those of their team; the sales manager and the general manager everyone's.
     */
    get: operations['getTargets'];
    /**
     * Set a rep’s annual targets (R-4.1, R-0.2)
     * @description The sales manager. Revenue, profit, new customers and the expense allowance are split into months, evenly or by twelve seasonal `monthWeights` (largest remainder: the months always add up to the year); growth, market share and conversion in basis points, satisfaction in hundredths (4.50 = 450). Setting them again replaces them (version + 1).
     *
     *     **Roles:** `sales_manager`.
     */
    put: operations['setTargets'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/performance/targets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A team’s targets: the sum of its reps’
     * @description A supervisor’s own team (the reps whose supervisor they are), or any for the managers.
     *
     *     **Roles:** any employee. **Ownership:** *own figures*: An employee reads their own figures, targets and evaluations; a supervisor those of their team; the sales manager and the general manager everyone's.
     */
    get: operations['getTeamTargets'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/performance/market-sizes/{year}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Read the year’s market sizes
     * @description **Roles:** `sales_manager`, `general_manager`, `supervisor`, `sales_rep`.
     */
    get: operations['getMarketSizes'];
    /**
     * Enter the year’s market size of regions (for market share)
     * @description The sales manager; each region once, at most 100. A rep’s market share is their revenue from customers in regions with a size, over those regions’ sizes prorated to the period’s months.
     *
     *     **Roles:** `sales_manager`.
     */
    put: operations['setMarketSizes'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/performance/{employeeId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A rep’s targets, actuals and attainment for a period (R-4.1)
     * @description `period` is a year (`2026`), a quarter (`2026-Q3`) or a month (`2026-07`). Actuals come from the rep’s monthly facts, kept by the `performance-events` consumer from the domain events (orders completed, customers filed, opportunities closed, ratings, expenses paid, complaints): one Query a month, never the orders. Reps read their own, supervisors their team’s, the managers everyone’s. `quantitativeScore` applies the published weights (settings `performance`, docs/operations.md).
     *
     *     **Roles:** any employee. **Ownership:** *own figures*: An employee reads their own figures, targets and evaluations; a supervisor those of their team; the sales manager and the general manager everyone's.
     */
    get: operations['getPerformance'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/performance/evaluations/{period}/runs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Evaluate a period again after corrections (R-4.2)
     * @description The sales manager, with the reason; the period’s first run comes from the monthly `evaluation` schedule. The new run applies the rules in force now and records them; the earlier runs and their evaluations are kept. 409 while a run of the period is still evaluating, or before its first run. Honours `Idempotency-Key`.
     *
     *     **Roles:** `sales_manager`.
     */
    post: operations['startEvaluationRun'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/performance/evaluations/{period}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A period’s runs and the latest run’s evaluations
     * @description The sales manager and the general manager.
     *
     *     **Roles:** `sales_manager`, `general_manager`.
     */
    get: operations['getPeriodEvaluations'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/performance/{employeeId}/evaluations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A rep’s evaluations of a year, every run
     * @description The rep, their supervisor, the managers.
     *
     *     **Roles:** any employee. **Ownership:** *own figures*: An employee reads their own figures, targets and evaluations; a supervisor those of their team; the sales manager and the general manager everyone's.
     */
    get: operations['getEmployeeEvaluations'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/performance/evaluations/{period}/runs/{run}/{employeeId}/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Confirm or adjust what a graded evaluation proposes (R-4.4)
     * @description The sales manager (never on their own evaluation): the bonus, the pay adjustment (percent of pay; 0 with another measure instead of a fail’s cut), promotion priority, training needs and, for a rep flagged after a second fail, the reassignment decision. Fields left out keep the proposal; a change needs a `reason`. The latest decision stands.
     *
     *     **Roles:** `sales_manager`.
     */
    post: operations['decideEvaluationProposals'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/performance/evaluations/{period}/runs/{run}/{employeeId}/comments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The rep comments on their own evaluation
     * @description **Roles:** any employee. **Ownership:** *self*: The caller's own records only.
     */
    post: operations['commentOnEvaluation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/evaluation-ratings/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The page behind a rater’s emailed evaluation-rating link
     * @description Asks the supervisor, a peer or a key customer’s contact to rate a rep’s attitude, teamwork, communication and problem solving (1–5), in the rater’s language, until the deadline. Reading it never changes anything. An invalid, replaced, expired or used link gets a page that says so.
     */
    get: operations['getEvaluationRatingPage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    /** Headers of the page behind a rater’s emailed evaluation-rating link (mail scanners); changes nothing */
    head: operations['headEvaluationRatingPage'];
    patch?: never;
    trace?: never;
  };
  '/evaluation-ratings/{id}/answer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A rater rates a rep from the emailed link
     * @description A form post carrying the link token `t` and the four scores `attitude`, `teamwork`, `communication`, `problemSolving` (1–5). Single-use: the first answer wins; answers with a page.
     */
    post: operations['answerEvaluationRating'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/coaching-plans': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List coaching plans by status (due by default)
     * @description A failed quarter or year gets a coaching plan (§5.4.3) with goals and a review day. `open` until that day, `due` from it (the daily grading job asks the sales manager and the rep’s supervisor to review it), `reviewed` with the outcome. The sales manager reads every plan, a supervisor their reports’ and their own, a rep their own; a filtered page may hold fewer than `limit` items while `nextCursor` is present. Ordered by review day.
     *
     *     **Roles:** `sales_manager`, `supervisor`, `sales_rep`.
     */
    get: operations['listCoachingPlans'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/coaching-plans/{employeeId}/{period}/{run}/review': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record the review of a coaching plan (the re-examination)
     * @description By the sales manager or the rep’s supervisor, never the rep; once. `not_improved` flags the rep for the manager’s decision on reassignment or dismissal (`reassignmentReview`).
     *
     *     **Roles:** `sales_manager`, `supervisor`.
     */
    post: operations['reviewCoachingPlan'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/awards': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List honours and awards: a year’s, or one employee’s
     * @description Commendations are public in the company: anyone reads them. `year` lists the department’s awards of that year (its quarters and months too) by period and employee; `employeeId` one employee’s, period by period. Exactly one of them.
     *
     *     **Roles:** any employee.
     */
    get: operations['listAwards'];
    put?: never;
    /**
     * Grant an employee an honour or award for a period (§5.4.2)
     * @description The sales manager, never to themself: a certificate, a prize, a cash award or a title, with its reason and (cash awards and prizes) its value in minor units of the figures’ currency. The employee is emailed. Excellent results propose award priority; the award itself is the manager’s decision. Honours `Idempotency-Key`.
     *
     *     **Roles:** `sales_manager`.
     */
    post: operations['grantAward'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/commission-plans/{period}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Read a quarter’s commission plan
     * @description Every employee reads the plan their commission is computed under.
     *
     *     **Roles:** any employee.
     */
    get: operations['getCommissionPlan'];
    /**
     * Set a quarter’s commission plan (sales manager or general manager)
     * @description Commission is earned on money collected (payments finance records), never on orders signed: each product’s rate (or the default) applies to its share of each payment, split over the order’s lines in proportion to their totals. The highest accelerator tier whose attainment of the quarter’s revenue target the rep reaches multiplies the whole quarter’s commission. With `clawbackOnWriteOff`, a written-off receivable takes back what its order’s collected money earned, in the quarter of the write-off; a refund (money paid back) always takes back what it had earned, in the quarter it is recorded. The plan changes until the quarter’s payout is submitted (then 409); each version is audited (`GET /audit?type=commission&id=<quarter>`), and the payout keeps the one it was computed under.
     *
     *     **Roles:** `sales_manager`, `general_manager`.
     */
    put: operations['setCommissionPlan'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/commissions/{period}/statements/{employeeId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Read a rep’s commission statement for a quarter
     * @description What was collected and clawed back (each payment and write-off counted, in the order finance recorded them), the attainment of the quarter’s revenue target, the tier, each product’s rate and base, and the commission, in minor units (each product’s base rounded half up, then the multiplier rounded half up once). Money in another currency than the plan’s is shown apart and earns nothing. Once the payout is submitted, the figures are the ones it froze. The rep reads their own, a supervisor their team’s, the managers, finance and audit everyone’s (403 otherwise).
     *
     *     **Roles:** any employee.
     */
    get: operations['getCommissionStatement'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/commissions/{period}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Read a quarter’s commissions: plan, payout and every rep’s statement
     * @description The sales manager, the general manager, finance and audit. Before the payout is submitted (or after it was returned) the statements are today’s; once it is submitted, the ones it froze.
     *
     *     **Roles:** `sales_manager`, `general_manager`, `finance`, `auditor`.
     */
    get: operations['getCommissionQuarter'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/commissions/{period}/payout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Put a quarter’s commission payout to finance (sales manager)
     * @description Once the quarter has ended: every sales rep’s statement (including reps who left during it) is frozen with the plan version, and finance approves or returns the payout through an emailed single-use link (never the submitter). Approved, each rep is emailed their commission; returned, the sales manager reads why (`payout.lastReturn`), may change the plan, and submits again (a new round).
     *
     *     **Roles:** `sales_manager`.
     */
    post: operations['submitCommissionPayout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/training/surveys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Training-needs surveys, newest first
     * @description Sales admin or the sales manager.
     *
     *     **Roles:** `sales_manager`, `sales_admin`.
     */
    get: operations['listTrainingSurveys'];
    put?: never;
    /**
     * Open a training-needs survey (R-5.1)
     * @description Sales admin or the sales manager. Asks everyone in sales (or the `audience` named) to rate their training needs by topic; each person is emailed a single-use link valid until `closesOn`. The half-yearly `training-survey` schedule opens one by itself. Honours `Idempotency-Key`.
     *
     *     **Roles:** `sales_manager`, `sales_admin`.
     */
    post: operations['openTrainingSurvey'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/training/surveys/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A training-needs survey’s results
     * @description Sales admin or the sales manager: how many were asked and answered, per topic how many rate their need 4 or 5 and the mean level (in hundredths), and the comments (without names).
     *
     *     **Roles:** `sales_manager`, `sales_admin`.
     */
    get: operations['getTrainingSurvey'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/training/needs/{year}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A year’s training needs: survey answers and the needs evaluations proposed
     * @description Sales admin or the sales manager, to make the annual plan (R-5.2): per topic, the answers of the year’s surveys that rate it 4 or 5, and the reps whose graded evaluations proposed it (R-4.4).
     *
     *     **Roles:** `sales_manager`, `sales_admin`.
     */
    get: operations['getTrainingNeeds'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/training/sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Put a session in the annual training plan (R-5.2)
     * @description Sales admin or the sales manager: topic, title, content, start and end (within three days, ahead of now), place, trainer (an employee or an outside name) and audience (at most 200). Each person of the audience is emailed an invitation with a single-use link to sign in at the session. Honours `Idempotency-Key`.
     *
     *     **Roles:** `sales_manager`, `sales_admin`.
     */
    post: operations['planTrainingSession'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/training/plan/{year}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The year’s training plan by quarter and month
     * @description Everyone in sales.
     *
     *     **Roles:** `sales_manager`, `sales_rep`, `supervisor`, `sales_admin`.
     */
    get: operations['getTrainingPlan'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/training/sessions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A session with its sign-ins, scores, feedback and effectiveness (R-5.3)
     * @description Planners and the trainer see every attendee; an invited person sees their own record. Effectiveness: attendance, mean exam and practice scores, mean feedback.
     *
     *     **Roles:** any employee. **Ownership:** *session’s people*: Planners (sales admin, the manager), the trainer and those invited read a session; planners and the trainer record attendance and scores; those invited give feedback.
     */
    get: operations['getTrainingSession'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Move or change a planned session: time, place, title, content
     * @description Sales admin or the sales manager, with `If-Match`, before the session is over. Everyone invited is emailed the session as it now stands with a new sign-in link (the earlier link stops working). The audience and the trainer stay: plan another session for others.
     *
     *     **Roles:** `sales_manager`, `sales_admin`.
     */
    patch: operations['changeTrainingSession'];
    trace?: never;
  };
  '/training/sessions/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Cancel a planned session, with the reason
     * @description Sales admin or the sales manager. Everyone invited is emailed that it will not take place, and why; its sign-in links stop working and nothing more is recorded for it. It stays in the plan, marked cancelled.
     *
     *     **Roles:** `sales_manager`, `sales_admin`.
     */
    post: operations['cancelTrainingSession'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/training/sessions/{id}/attendance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sign a person in at a session, or record their exam and practice scores
     * @description The trainer, sales admin or the sales manager, for an invited person. A sign-in is kept once (the first stands); scores 0–100 replace earlier ones. Sign-in opens an hour before the start.
     *
     *     **Roles:** any employee. **Ownership:** *session’s people*: Planners (sales admin, the manager), the trainer and those invited read a session; planners and the trainer record attendance and scores; those invited give feedback.
     */
    post: operations['recordTrainingAttendance'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/training/sessions/{id}/feedback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Give feedback on a session attended: the questionnaire (R-5.3)
     * @description An invited person who signed in, once: how useful it was, 1–5, and a comment.
     *
     *     **Roles:** any employee. **Ownership:** *session’s people*: Planners (sales admin, the manager), the trainer and those invited read a session; planners and the trainer record attendance and scores; those invited give feedback.
     */
    post: operations['giveTrainingFeedback'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/careers/{employeeId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A person’s career file: plan, conversations, evaluations and training
     * @description The person, their supervisor and the sales manager. Linked: the graded evaluations of this year and last with the promotion priority and training needs they proposed (or the manager decided), and the sessions the person was invited to.
     *
     *     **Roles:** any employee. **Ownership:** *career file’s people*: The person reads their career file; their supervisor and the sales manager keep it.
     */
    get: operations['getCareerFile'];
    /**
     * Set a person’s career plan: goals, path and the step they are on (R-5.4)
     * @description The person’s supervisor or the sales manager (not for themselves). Replaces the plan; the audit trail keeps every version.
     *
     *     **Roles:** any employee. **Ownership:** *career file’s people*: The person reads their career file; their supervisor and the sales manager keep it.
     */
    put: operations['putCareerPlan'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/careers/{employeeId}/conversations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record a career conversation with its date, notes and agreed actions
     * @description The person’s supervisor or the sales manager. Honours `Idempotency-Key`.
     *
     *     **Roles:** any employee. **Ownership:** *career file’s people*: The person reads their career file; their supervisor and the sales manager keep it.
     */
    post: operations['recordCareerConversation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/training-surveys/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The page behind a training-needs survey link
     * @description Asks the person it was emailed to how much they need training in each topic (product_knowledge, sales_skills, customer_service, market_analysis, industry_knowledge), 1–5, and for a comment, in their language, until the survey closes. Reading it never changes anything. An invalid, replaced, expired or used link gets a page that says so.
     */
    get: operations['getTrainingSurveyPage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    /** Headers of the page behind a training-needs survey link (mail scanners); changes nothing */
    head: operations['headTrainingSurveyPage'];
    patch?: never;
    trace?: never;
  };
  '/training-surveys/{id}/answer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A person answers a training-needs survey from the emailed link
     * @description A form post carrying the link token `t`, a level 1–5 for each of `product_knowledge`, `sales_skills`, `customer_service`, `market_analysis`, `industry_knowledge`, and an optional `comment`. Single-use: the first answer wins; answers with a page.
     */
    post: operations['answerTrainingSurvey'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/training-sign-ins/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The page behind a training invitation’s sign-in link
     * @description The session’s title, time and place, and from an hour before its start a button to sign in; valid until the session ends. Reading it never changes anything. An invalid, replaced, expired or used link gets a page that says so.
     */
    get: operations['getTrainingSignInPage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    /** Headers of the page behind a training invitation’s sign-in link (mail scanners); changes nothing */
    head: operations['headTrainingSignInPage'];
    patch?: never;
    trace?: never;
  };
  '/training-sign-ins/{id}/confirmation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A person signs in at a training session from the emailed link
     * @description A form post carrying the link token `t`. Before sign-in opens (an hour before the start) the page says when it opens (409). Single-use: the first answer wins; answers with a page.
     */
    post: operations['signInAtTraining'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/reports/sales': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Sales by rep, customer, product, region or month over a period (R-7.1)
     * @description Completed orders of a year, quarter or month (by their completion date), broken down `by` rep (default), customer, product, region or month, each row against the same months a year earlier (growth) and, for reps and months, against the revenue targets (attainment); `total` is the department's. A supervisor reads it by rep only, of their own team and themselves, with the team's total (key `team`). Amounts in minor units of `currency` (default: the figures' currency, in which targets are kept; other currencies have no targets). Read from monthly aggregates, never from the orders. Sales admin (who compiles the statistics), the sales manager, the general manager and audit. `format=csv` answers the rows as CSV in UTF-8 with a byte order mark (Excel reads the Chinese text).
     *
     *     **Roles:** `sales_manager`, `sales_admin`, `general_manager`, `auditor`, `supervisor`. **Ownership:** *own team*: A supervisor reads the sales report by rep, of their own team (and themselves); the department's readers read every report.
     */
    get: operations['getSalesReport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/reports/customers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Customer analysis over a period: class mix, new and lost customers, top customers, receivables aging
     * @description The class mix now; the customers filed, lost and won back in the period, per rep; the ten customers with the most revenue in the period (with last year's); what is owed today by days past due. Sales admin (who compiles the statistics), the sales manager, the general manager and audit. `format=csv` answers the rows as CSV in UTF-8 with a byte order mark (Excel reads the Chinese text). (one row per measure).
     *
     *     **Roles:** `sales_manager`, `sales_admin`, `general_manager`, `auditor`.
     */
    get: operations['getCustomerReport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/reports/pipeline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The open pipeline by stage: opportunities and their expected value
     * @description Opportunities standing in each open stage now, per currency of their expected value. Sales admin (who compiles the statistics), the sales manager, the general manager and audit. `format=csv` answers the rows as CSV in UTF-8 with a byte order mark (Excel reads the Chinese text).
     *
     *     **Roles:** `sales_manager`, `sales_admin`, `general_manager`, `auditor`.
     */
    get: operations['getPipelineReport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The report page for managers (HTML), or the list of reports (JSON)
     * @description With `Accept: text/html`: a static page that signs the reader in (the authorization-code flow with PKCE at Cognito’s managed login; locally, the local provider) and reads the report endpoints with the reader’s own ID token, kept in the page’s memory only, to draw revenue by month against target, the pipeline by stage, the class mix and expenses against budget. The page holds no figures and needs no token; it returns to itself from the sign-in (`?code=…&state=…`). Otherwise: the reports and their formats.
     */
    get: operations['getReportPage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/reports/assets/{asset}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A script of the report page (Chart.js, oauth4webapi, the page’s own and its sign-in) */
    get: operations['getReportPageAsset'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/sales-plans/{period}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Read a period’s sales plan beside its actual figures and the manager’s analyses
     * @description For everyone in sales and those who read the reports. `actuals`: each goal against the period’s figures so far (completed orders’ revenue in the plan’s currency, in all, by product and by region; customers filed) and the actions past their day not done. `analyses`: the manager’s analyses of the period, oldest first, each with the figures it cites as they were.
     *
     *     **Roles:** `sales_manager`, `sales_admin`, `general_manager`, `auditor`, `sales_rep`, `supervisor`.
     */
    get: operations['getSalesPlan'];
    /**
     * Set the sales plan of a year, a quarter or a month (§2.1.1)
     * @description The sales manager: the strategy, the goals (revenue in all, by product and by region, in `currency`; new customers; markets to enter) and the actions with their owners and days. The parts never add up to more than the revenue goal; each product and region once; every owner an employee. Setting it again replaces it (audited).
     *
     *     **Roles:** `sales_manager`.
     */
    put: operations['setSalesPlan'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/sales-plans/{period}/analyses': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record the manager’s analysis of a period against its plan (§2.1.5)
     * @description The sales manager: the assessment, the problems found and the measures taken; the plan’s goals against the figures at that moment are kept with it. A period may have several (a month-end and a later one). Honours `Idempotency-Key`.
     *
     *     **Roles:** `sales_manager`.
     */
    post: operations['recordSalesAnalysis'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/documents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Find documents by customer, type and words of their title or tags
     * @description `customerId`: that customer’s documents (optionally of a `type`), for whoever may see the customer. Without it: the documents of a `type` department-wide (sales admin and the manager), or market research for everyone in sales. `q`: every word must appear in the title or the tags, any case. Newest first.
     *
     *     **Roles:** `sales_rep`, `sales_admin`, `sales_manager`.
     */
    get: operations['findDocuments'];
    put?: never;
    /**
     * Archive a document (R-7.2) and get its upload URL
     * @description A contract, quote or customer material of a customer the caller may see, or market research (with or without a customer). Answers the metadata and a presigned `PUT` URL (five minutes) signed for the content type and exact size: the file goes straight to the private documents bucket. Honours `Idempotency-Key`.
     *
     *     **Roles:** `sales_rep`, `sales_admin`, `sales_manager`. **Ownership:** *own customer*: A sales rep works with their own customers and what hangs on them (contacts, interactions, opportunities, quotes, contracts, revisits); the sales manager and sales admin with all.
     */
    post: operations['archiveDocument'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/documents/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Read a document’s metadata with a download URL
     * @description For whoever may see its customer. The presigned `GET` URL is valid five minutes. 409 until the file is uploaded.
     *
     *     **Roles:** `sales_rep`, `sales_admin`, `sales_manager`. **Ownership:** *own customer*: A sales rep works with their own customers and what hangs on them (contacts, interactions, opportunities, quotes, contracts, revisits); the sales manager and sales admin with all.
     */
    get: operations['getDocument'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/imports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Start moving customers, products or purchase history in from a spreadsheet (CSV or Excel)
     * @description Sales admin and the manager. Announces the file (`text/csv` or `.xlsx`, its exact size, at most 5 MB and 20,000 rows) and answers where to `PUT` it (a presigned URL, five minutes). The sheet's first row names the columns: `name`, `industry`, `region`, `source`, `size`, `address`, `status`, `ownerId`, `contact.name`, `contact.title`, `contact.phone`, `contact.email`, `contact.language` (a contact's prefixed `contact.`; the values as `POST /customers` takes them: `source` one of its sources, `ownerId` the employee id of the rep or manager who owns the customer). A `products` sheet's columns: `name`, `model`, `unit`, `currency`, `listPrice`, `standardCost`, `vatRateBasisPoints`, `active` (amounts in major units with at most two decimals, e.g. `12345.60`; `active` true or false; the model is the row's natural key: a model the catalogue has is left as it is). Honours `Idempotency-Key`.
     *
     *     **Roles:** `sales_admin`, `sales_manager`.
     */
    post: operations['createImport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/imports/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * An import: its dry run’s problems, or its run’s counts
     * @description **Roles:** `sales_admin`, `sales_manager`.
     */
    get: operations['getImport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/imports/{id}/check': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Dry run: every row checked, nothing filed
     * @description Reads the uploaded file and checks every row as `POST /customers` and its contacts would, plus an owner who may own customers and a company named twice in the sheet (a products sheet: as `POST /products` would, its amounts, and a model named twice; a purchases sheet: as `POST /customers/{id}/purchases` would, a customer on file, and a customer’s reference named twice). Each problem names its row as the sheet numbers it (the header is row 1) and its column; the first 500 are listed, `problemCount` counts all. A company (a model, a customer’s purchase reference) already on file is not a problem: the run leaves it as it is. May be repeated until the run.
     *
     *     **Roles:** `sales_admin`, `sales_manager`.
     */
    post: operations['checkImport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/imports/{id}/run': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Run a clean import: its rows are filed in parts by the import-runner job
     * @description Only after a dry run with no problem. The import is queued; the `import-runner` job (every five minutes; `npm run job -- import-runner` locally) files its rows a page at a time, continuing in new invocations for a large sheet, each customer (with its contact) in one transaction as `POST /customers` would: audited, `customer.filed` (a product as `POST /products`, a purchase as `POST /customers/{id}/purchases`: audited, `purchase.recorded`, so the customer’s statistics and class count it). What is already on file is left as it is, so a second run of the same sheet changes nothing. `result` counts what was filed, left and skipped.
     *
     *     **Roles:** `sales_admin`, `sales_manager`.
     */
    post: operations['runImport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/exports/customers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every customer with its first contact, in the import’s columns (CSV or Excel)
     * @description Sales admin and the manager. The columns an import takes (`name`, `industry`, `region`, `source`, `size`, `address`, `status`, `ownerId`, `contact.name`, `contact.title`, `contact.phone`, `contact.email`, `contact.language`), so a sheet exported, edited and imported again files only the companies not yet on file. `format=csv` (default) answers the file (UTF-8 with a byte order mark, for Excel); `format=xlsx` keeps the workbook and answers 303 to its presigned download (five minutes).
     *
     *     **Roles:** `sales_admin`, `sales_manager`.
     */
    get: operations['exportCustomers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/exports/products': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The catalogue, in the products import’s columns (CSV or Excel)
     * @description Sales admin and the manager. The columns a products import takes (`name`, `model`, `unit`, `currency`, `listPrice`, `standardCost`, `vatRateBasisPoints`, `active`), amounts in major units, so the sheet exported imports to nothing new. `format` as for the customers' export.
     *
     *     **Roles:** `sales_admin`, `sales_manager`.
     */
    get: operations['exportProducts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/exports/purchases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The department’s purchases, in the purchases import’s columns (CSV or Excel)
     * @description Sales admin and the manager. Every customer's purchases of a date range (`from`, `to`, both included; by default all), oldest first, in the columns a purchases import takes (`customer`, `date`, `reference`, `product`, `model`, `quantity`, `currency`, `amount`, `note`); a purchase recorded otherwise (a completed order, by hand) has its id as its reference, so the sheet exported imports to nothing new. `format` as for the customers' export.
     *
     *     **Roles:** `sales_admin`, `sales_manager`.
     */
    get: operations['exportPurchases'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/approvals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The steps waiting for my decision
     * @description **Roles:** any employee. **Ownership:** *self*: The caller's own records only.
     */
    get: operations['listMyApprovals'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/approvals/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The confirmation page behind an emailed approval link
     * @description Shows what is being decided, with Approve and Reject (a comment is required to reject) posting to the decision endpoint. Reading the page never changes anything. An invalid, replaced, expired or used link gets a page that says so (404, 410, 409).
     */
    get: operations['getApprovalPage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    /** Headers of the confirmation page (mail scanners); changes nothing */
    head: operations['headApprovalPage'];
    patch?: never;
    trace?: never;
  };
  '/approvals/{id}/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Approve or reject a step
     * @description From the emailed page (a form post carrying the link token `t`; answers with a page) or from an API client with the approver’s own bearer token (JSON). The first decision wins; a second, late, expired, tampered or foreign attempt changes nothing and says why. Link tokens are 256 random bits, stored hashed, single-use, expiring and bound to one approver and one step. The waiting workflow resumes from the recorded decision shortly after; if the review ended meanwhile, the decision stays on record as expired.
     *
     *     **Who:** *the step’s approver*: Only the approver of the step decides it: with the single-use emailed link, or signed in as that approver.
     */
    post: operations['decideApproval'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/delegations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Your delegations: those you made, or (`as=delegate`) those you stand in for
     * @description **Roles:** any employee. **Ownership:** *self*: The caller's own records only.
     */
    get: operations['listDelegations'];
    put?: never;
    /**
     * Name a delegate for the days you are away
     * @description The steps asked of you from `from` to `to` (the department’s calendar, at most 92 days) go to the delegate, who holds every deciding role you hold (sales manager, supervisor, legal, finance …) and is still here; a step whose subject the delegate owns, or whose authority they no longer hold, stays with you. One delegate at a time: an overlapping delegation is a 409. Steps asked before, and escalations, are not moved. Audited; honours `Idempotency-Key`.
     *
     *     **Roles:** any employee. **Ownership:** *self*: The caller's own records only.
     */
    post: operations['createDelegation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/delegations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A delegation with each step its delegate was asked, and how it stands
     * @description The approver, the delegate and audit. The approver also reads each subject (`asked to decide`).
     *
     *     **Roles:** any employee. **Ownership:** *delegation’s people*: The approver and the delegate read a delegation and its steps; audit reads every one.
     */
    get: operations['getDelegation'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/delegations/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Cancel a delegation (the approver)
     * @description Steps asked from now on come to you again; those already with the delegate stay with them.
     *
     *     **Roles:** any employee. **Ownership:** *delegation’s people*: The approver and the delegate read a delegation and its steps; audit reads every one.
     */
    post: operations['cancelDelegation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/event-consumers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The consumers of domain events and what they react to (manager, sales admin, auditor)
     * @description The event catalogue is docs/asyncapi.json.
     *
     *     **Roles:** `sales_manager`, `sales_admin`, `auditor`.
     */
    get: operations['listEventConsumers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/event-consumers/{name}/failures': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Events a consumer gave up on after its retries, oldest first
     * @description Each stays listed until it is redelivered.
     *
     *     **Roles:** `sales_manager`, `sales_admin`, `auditor`.
     */
    get: operations['listDeliveryFailures'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/event-consumers/{name}/failures/{eventId}/redeliver': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sends a failed event to its consumer again (manager, sales admin)
     * @description The event goes on the bus addressed to this consumer only. Consumers are idempotent: an event it did handle meanwhile changes nothing.
     *
     *     **Roles:** `sales_manager`, `sales_admin`.
     */
    post: operations['redeliverEvent'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/event-consumers/{name}/replays': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Replays the events of a time range into one consumer (manager, sales admin)
     * @description For a new consumer, or one whose data must be rebuilt: every event it reacts to between `from` and `to` (at most 31 days), oldest first, at most 500 per request; `resumeFrom` says where the next request starts. Events it handled before change nothing.
     *
     *     **Roles:** `sales_manager`, `sales_admin`.
     */
    post: operations['replayEvents'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/schedules': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The scheduled jobs and their last run (manager, sales admin, auditor)
     * @description **Roles:** `sales_manager`, `sales_admin`, `auditor`.
     */
    get: operations['listSchedules'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/schedules/{name}/runs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Runs of one scheduled job, newest first
     * @description Each firing is recorded once (job, scheduled time, start, end, outcome, counts); a repeated delivery does not run it again.
     *
     *     **Roles:** `sales_manager`, `sales_admin`, `auditor`.
     */
    get: operations['listScheduleRuns'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    Problem: {
      type: string;
      title: string;
      status: number;
      detail?: string;
      instance?: string;
      errors?: {
        /** @enum {unknown} */
        in: 'body' | 'query' | 'path' | 'header';
        path: string;
        message: string;
      }[];
    };
    Amendment: {
      orderId: string;
      number: number;
      /** @enum {string} */
      status: 'under_review' | 'approved' | 'rejected';
      reason: string;
      requestedBy: string;
      requestedAt: string;
      before: components['schemas']['AmendmentChange'];
      after: components['schemas']['AmendmentChange'];
      decidedAt?: string;
      rejection?: components['schemas']['Rejection'];
      version: number;
    };
    AmendmentChange: {
      lines: {
        line: number;
        quantity: number;
        unitPrice: number;
      }[];
      deliveryDate: string;
      total: number;
    };
    AppreciationEvent: {
      id: string;
      /** @enum {string} */
      kind: 'product_launch' | 'customer_gathering';
      title: string;
      date: string;
      place: string;
      description?: string;
      createdBy: string;
      version: number;
      createdAt: string;
      updatedAt: string;
    };
    Approval: {
      id: string;
      workflow: string;
      step: string;
      round: number;
      subject: components['schemas']['ReviewSubject'];
      approverRole: string;
      approverId: string;
      /** @enum {string} */
      approverLocale: 'zh-CN' | 'en';
      links: string;
      escalatedFrom?: string;
      delegatedFrom?: string;
      delegationId?: string;
      committee?: {
        memberIds: string[];
        quorum: number;
        /** @enum {string} */
        rejection: 'one' | 'quorum';
      };
      /** @enum {string} */
      status: 'pending' | 'approved' | 'rejected' | 'expired';
      dueAt: string;
      remindedAt?: string;
      escalatedAt?: string;
      /** @enum {string} */
      decision?: 'approve' | 'reject';
      comment?: string;
      decidedBy?: string;
      decidedAt?: string;
      version: number;
      createdAt: string;
      updatedAt: string;
    };
    ArchivedDocument: {
      id: string;
      /** @enum {string} */
      type: 'contract' | 'quote' | 'customer_material' | 'market_research';
      title: string;
      customerId?: string;
      tags: string[];
      fileName: string;
      /** @enum {string} */
      contentType:
        | 'application/pdf'
        | 'image/jpeg'
        | 'image/png'
        | 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
        | 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
      size: number;
      author: string;
      version: number;
      createdAt: string;
      updatedAt: string;
    };
    AttachmentDownload: {
      attachment: {
        name: string;
        contentType: string;
        size: number;
      };
      download: {
        url: string;
        expiresAt: string;
      };
    };
    Attendee: {
      employeeId: string;
      name: string;
      signedInAt?: string;
      signedInBy?: string;
      examScore?: number;
      practiceScore?: number;
      feedback?: {
        rating: number;
        comment?: string;
        at: string;
      };
    };
    AuditEntry: {
      resourceType: string;
      resourceId: string;
      /** @enum {string} */
      action: 'created' | 'updated';
      actorId: string;
      at: string;
      changes: {
        [key: string]: {
          from: unknown;
          to: unknown;
        };
      };
      correlationId?: string;
    };
    AuditFinding: {
      period: string;
      claimId: string;
      claimantId: string;
      /** @enum {string} */
      category: 'travel' | 'entertainment' | 'marketing' | 'advertising' | 'training' | 'other';
      amount: number;
      currency: string;
      date: string;
      reasons: ('amount' | 'category' | 'claimant' | 'random')[];
      /** @enum {string} */
      outcome: 'pending' | 'compliant' | 'finding';
      /** @enum {string} */
      severity?: 'low' | 'medium' | 'high';
      observation?: string;
      requestedAction?: string;
      respondBy?: string;
      auditorId?: string;
      decidedAt?: string;
      claimantResponse?: {
        by: string;
        at: string;
        text: string;
      };
      managerResponse?: {
        by: string;
        at: string;
        text: string;
      };
      version: number;
      createdAt: string;
      updatedAt: string;
    };
    AuditFindingDecision:
      | {
          /** @constant */
          outcome: 'compliant';
          observation?: string;
        }
      | {
          /** @constant */
          outcome: 'finding';
          /** @enum {string} */
          severity: 'low' | 'medium' | 'high';
          observation: string;
          requestedAction: string;
          /** Format: date */
          respondBy?: string;
        };
    AuditFindingResponse: {
      text: string;
    };
    AuditSamplingRule: {
      amountAtLeast: number;
      categories: ('travel' | 'entertainment' | 'marketing' | 'advertising' | 'training' | 'other')[];
      claimants: string[];
      randomShare: number;
      maxSample: number;
    };
    AuditSeal: {
      day: string;
      previous: string;
      head: string;
      count: number;
      firstId?: string;
      lastId?: string;
      sealedAt: string;
    };
    AuditSealCheck: {
      day: string;
      intact: boolean;
      seal: components['schemas']['AuditSeal'];
      computed: {
        head: string;
        count: number;
        firstId?: string;
        lastId?: string;
      };
      problems: string[];
    };
    AuditSummary: {
      population: number;
      sampled: number;
      pending: number;
      compliant: number;
      findings: {
        low: number;
        medium: number;
        high: number;
      };
      sampledAmount: number;
      findingAmount: number;
      awaitingClaimant: number;
      awaitingManager: number;
    };
    Award: {
      id: string;
      employeeId: string;
      period: string;
      /** @enum {string} */
      kind: 'certificate' | 'prize' | 'cash_award' | 'title';
      title: string;
      reason: string;
      value?: number;
      currency?: string;
      grantedBy: string;
      version: number;
      createdAt: string;
      updatedAt: string;
    };
    BudgetLine: {
      year: string;
      month: string;
      /** @enum {string} */
      category: 'travel' | 'entertainment' | 'marketing' | 'advertising' | 'training' | 'other';
      scope: string;
      budgeted: number;
      reserved: number;
      spent: number;
      available: number;
    };
    CareerFile: {
      employeeId: string;
      plan: components['schemas']['CareerPlan'] | null;
      conversations: components['schemas']['Conversation'][];
      evaluations: {
        period: string;
        grade?: string;
        compositeScore?: number;
        promotionPriority?: string;
        trainingNeeds: string[];
      }[];
      training: {
        sessionId: string;
        startsAt: string;
        signedIn: boolean;
        examScore?: number;
        practiceScore?: number;
      }[];
    };
    CareerPlan: {
      employeeId: string;
      goals: string[];
      path: string[];
      currentStep: number;
      nextConversationOn?: string;
      updatedBy: string;
      version: number;
      createdAt: string;
      updatedAt: string;
    };
    CareMessage: {
      customerId: string;
      contactId: string;
      contactName: string;
      email: string;
      /** @enum {string} */
      language: 'zh-CN' | 'en';
      occasion: string;
      date: string;
      /** @enum {string} */
      status: 'sending' | 'sent';
      messageId?: string;
      sentAt?: string;
    };
    Claim: {
      id: string;
      claimantId: string;
      /** @enum {string} */
      category: 'travel' | 'entertainment' | 'marketing' | 'advertising' | 'training' | 'other';
      amount: number;
      currency: string;
      date: string;
      reason: string;
      /** @enum {string} */
      status: 'draft' | 'under_review' | 'approved' | 'paid' | 'rejected' | 'refused' | 'withdrawn';
      round: number;
      reservedOn?: string[];
      lastRejection?: components['schemas']['Rejection'];
      approvedAt?: string;
      paidAt?: string;
      tripId?: string;
      version: number;
      createdAt: string;
      updatedAt: string;
    };
    ClaimPayment: {
      claimId: string;
      amount: number;
      currency: string;
      paidOn: string;
      reference: string;
      paidBy: string;
      recordedAt: string;
    };
    ClassChange: {
      at: string;
      from: ('A' | 'B' | 'C') | null;
      to: ('A' | 'B' | 'C') | null;
      /** @enum {string} */
      cause: 'classification' | 'override' | 'override-cleared';
      score: number | null;
      by: string;
      reason?: string;
    };
    CoachingPlan: {
      employeeId: string;
      period: string;
      run: number;
      goals: string[];
      reviewOn: string;
      /** @enum {string} */
      status: 'open' | 'due' | 'reviewed';
      dueAt?: string;
      review?: {
        /** @enum {string} */
        outcome: 'improved' | 'not_improved';
        note: string;
        by: string;
        at: string;
      };
      reassignmentReview: boolean;
      version: number;
      createdAt: string;
      updatedAt: string;
    };
    CommissionPayout: {
      period: string;
      /** @enum {string} */
      status: 'under_review' | 'returned' | 'approved';
      round: number;
      submittedBy: string;
      submittedAt: string;
      plan: components['schemas']['CommissionPlan'];
      statements: components['schemas']['CommissionStatement'][];
      currency: string;
      total: number;
      lastReturn?: components['schemas']['Rejection'];
      approvedAt?: string;
      version: number;
      createdAt: string;
      updatedAt: string;
    };
    CommissionPlan: {
      period: string;
      currency: string;
      defaultRateBasisPoints: number;
      productRates: {
        productId: string;
        rateBasisPoints: number;
      }[];
      tiers: {
        fromAttainmentBasisPoints: number;
        multiplierBasisPoints: number;
      }[];
      clawbackOnWriteOff: boolean;
      setBy: string;
      version: number;
      createdAt: string;
      updatedAt: string;
    };
    CommissionQuarter: {
      period: string;
      plan: components['schemas']['CommissionPlan'];
      payout?: components['schemas']['CommissionPayout'];
      statements: components['schemas']['CommissionStatement'][];
      total: number;
    };
    CommissionStatement: {
      period: string;
      employeeId: string;
      currency: string;
      planVersion: number;
      collected: number;
      clawedBack: number;
      target?: number;
      attainmentBasisPoints?: number;
      multiplierBasisPoints: number;
      byProduct: {
        productId: string;
        collected: number;
        clawedBack: number;
        rateBasisPoints: number;
        base: number;
      }[];
      commission: number;
      otherCurrencies: {
        [key: string]: number;
      };
      entries?: {
        /** @enum {string} */
        kind: 'collected' | 'clawback' | 'refund';
        orderId: string;
        at: string;
        currency: string;
        amount: number;
      }[];
    };
    Complaint: {
      id: string;
      customerId: string;
      ownerId: string;
      contactId: string;
      /** @enum {string} */
      severity: 'critical' | 'high' | 'medium' | 'low';
      /** @enum {string} */
      customerClass: 'A' | 'B' | 'C';
      content: string;
      request: string;
      /** @enum {string} */
      status: 'open' | 'answered' | 'solved';
      answerDueAt: string;
      answer?: {
        text: string;
        by: string;
        at: string;
      };
      rootCause?: string;
      correctiveAction?: string;
      /** @enum {string} */
      cause?:
        | 'product_quality'
        | 'delivery_delay'
        | 'transport_damage'
        | 'installation'
        | 'documentation'
        | 'service_attitude'
        | 'price_or_billing'
        | 'other';
      product?: string;
      escalatedAt?: string;
      solvedAt?: string;
      history: components['schemas']['ComplaintStep'][];
      attachments?: {
        name: string;
        contentType: string;
        size: number;
        key: string;
      }[];
      version: number;
      createdAt: string;
      updatedAt: string;
    };
    ComplaintCauses: {
      period: string;
      solved: number;
      byCause: {
        /** @enum {string} */
        cause:
          | 'product_quality'
          | 'delivery_delay'
          | 'transport_damage'
          | 'installation'
          | 'documentation'
          | 'service_attitude'
          | 'price_or_billing'
          | 'other';
        solved: number;
      }[];
      causes: {
        /** @enum {string} */
        cause:
          | 'product_quality'
          | 'delivery_delay'
          | 'transport_damage'
          | 'installation'
          | 'documentation'
          | 'service_attitude'
          | 'price_or_billing'
          | 'other';
        product?: string;
        solved: number;
        rootCause: string;
        correctiveAction: string;
        recurring: boolean;
        lastSeenBefore?: string;
      }[];
    };
    ComplaintFollowUp:
      | {
          /** @constant */
          solved: false;
          text: string;
        }
      | {
          /** @constant */
          solved: true;
          text: string;
          rootCause: string;
          correctiveAction: string;
          /** @enum {string} */
          cause:
            | 'product_quality'
            | 'delivery_delay'
            | 'transport_damage'
            | 'installation'
            | 'documentation'
            | 'service_attitude'
            | 'price_or_billing'
            | 'other';
          product?: string;
        };
    ComplaintStep: {
      at: string;
      by: string;
      /** @enum {string} */
      what: 'logged' | 'note' | 'answered' | 'follow-up' | 'reopened' | 'solved' | 'escalated';
      text?: string;
    };
    Contact: {
      id: string;
      version: number;
      createdAt: string;
      updatedAt: string;
      customerId: string;
      name: string;
      title?: string;
      phone?: string;
      /** Format: email */
      email?: string;
      birthday?: string;
      /**
       * @default zh-CN
       * @enum {string}
       */
      language: 'zh-CN' | 'en';
      /** @default false */
      careOptOut: boolean;
    };
    Contract: {
      id: string;
      version: number;
      createdAt: string;
      updatedAt: string;
      customerId: string;
      ownerId: string;
      quoteId: string;
      quoteRevision: number;
      currency: string;
      lines: components['schemas']['QuoteLine'][];
      total: number;
      tax?: {
        /** @enum {string} */
        treatment: 'domestic' | 'export';
        netTotal: number;
        taxTotal: number;
        byRate: {
          rateBasisPoints: number;
          net: number;
          tax: number;
        }[];
      };
      deliveryDate: string;
      paymentTerms: string;
      afterSalesTerms: string;
      qualityStandard: string;
      breachLiability: string;
      /** @enum {string} */
      status: 'draft' | 'under_review' | 'approved' | 'effective';
      reviewRound: number;
      lastRejection?: components['schemas']['Rejection'];
      credit?: components['schemas']['CreditCheck'];
      signing?: {
        signedOn: string;
        ourSignatory: string;
        customerSignatory: string;
        ourStamp?: boolean;
        customerStamp?: boolean;
        signedScanId?: string;
      };
    };
    Conversation: {
      id: string;
      employeeId: string;
      heldOn: string;
      heldBy: string;
      notes: string;
      agreedActions: string[];
      createdAt: string;
    };
    CreditCheck: {
      customerId: string;
      currency: string;
      asOf: string;
      openReceivables: number;
      overdue: number;
      longOverdue: number;
      limit?: number;
      limitCurrency?: string;
      available?: number;
      amount: number;
      exceedsLimitBy?: number;
      overdueBlocks: boolean;
      otherCurrency: boolean;
      needsOverride: boolean;
    };
    CreditLimit: {
      customerId: string;
      limit: {
        value: number;
        currency: string;
      };
      reason: string;
      setBy: string;
      version: number;
      createdAt: string;
      updatedAt: string;
    };
    Customer: {
      id: string;
      version: number;
      createdAt: string;
      updatedAt: string;
      name: string;
      address?: string;
      industry: string;
      region: string;
      /** @enum {string} */
      size?: 'micro' | 'small' | 'medium' | 'large' | 'enterprise';
      /** @enum {string} */
      source: 'market_research' | 'industry_report' | 'web_search' | 'referral' | 'other';
      sourceDetail?: string;
      /**
       * @default prospect
       * @enum {string}
       */
      status: 'prospect' | 'active' | 'dormant' | 'lost';
      ownerId: string;
      influence?: number;
      needs?: {
        function?: string;
        quality?: string;
        price?: string;
        delivery?: string;
        latent?: string;
        buyingCapacity?: string;
      };
      preferences?: string;
      tags?: string[];
      class: ('A' | 'B' | 'C') | null;
      createdBy: string;
    };
    CustomerCredit: {
      customerId: string;
      currency: string;
      asOf: string;
      openReceivables: number;
      overdue: number;
      longOverdue: number;
      limit?: number;
      limitCurrency?: string;
      available?: number;
      limitSet?: {
        reason: string;
        setBy: string;
        at: string;
      };
    };
    CustomerReport: {
      period: string;
      months: string[];
      currency: string;
      classMix: {
        class: string;
        customers: number;
      }[];
      customers: {
        filed: number;
        lost: number;
        wonBack: number;
        complaints: number;
        complaintsSolved: number;
      };
      byRep: {
        employeeId: string;
        name?: string;
        filed: number;
        lost: number;
        wonBack: number;
        complaints: number;
        complaintsSolved: number;
      }[];
      topCustomers: components['schemas']['SalesRow'][];
      receivables: components['schemas']['ReceivablesAging'];
    };
    DelegatedStep: {
      approvalId: string;
      step: string;
      subject: {
        type: string;
        id: string;
        title: string;
      };
      askedAt: string;
      status: string;
      /** @enum {string} */
      decision?: 'approve' | 'reject';
      decidedBy?: string;
      decidedAt?: string;
      comment?: string;
    };
    Delegation: {
      id: string;
      version: number;
      createdAt: string;
      updatedAt: string;
      approverId: string;
      delegateId: string;
      from: string;
      to: string;
      reason: string;
      /** @enum {string} */
      status: 'active' | 'cancelled';
      cancelledAt?: string;
    };
    DelegationWithSteps: {
      id: string;
      version: number;
      createdAt: string;
      updatedAt: string;
      approverId: string;
      delegateId: string;
      from: string;
      to: string;
      reason: string;
      /** @enum {string} */
      status: 'active' | 'cancelled';
      cancelledAt?: string;
      steps: components['schemas']['DelegatedStep'][];
    };
    Effectiveness: {
      invited: number;
      signedIn: number;
      attendanceBasisPoints?: number;
      meanExamScore?: number;
      meanPracticeScore?: number;
      meanFeedback?: number;
    };
    Employee: {
      id: string;
      version: number;
      createdAt: string;
      updatedAt: string;
      name: string;
      email: string;
      roles: (
        | 'sales_manager'
        | 'sales_rep'
        | 'sales_admin'
        | 'supervisor'
        | 'legal'
        | 'finance'
        | 'general_manager'
        | 'production'
        | 'logistics'
        | 'technician'
        | 'auditor'
      )[];
      supervisorId?: string;
      title?: string;
      /** @enum {string} */
      locale: 'zh-CN' | 'en';
      /** @enum {string} */
      status?: 'active' | 'left';
      joinedOn?: string;
      leftOn?: string;
      successorId?: string;
      leavingReason?: string;
    };
    EmployeeHistoryEntry: {
      /** @enum {string} */
      action: 'created' | 'updated';
      actorId: string;
      at: string;
      changes: {
        [key: string]: {
          from: unknown;
          to: unknown;
        };
      };
    };
    EmployeeLeaving: {
      successorId: string;
      /** Format: date */
      leftOn?: string;
      reason?: string;
    };
    EmployeePatch: {
      name?: string;
      roles?: (
        | 'sales_manager'
        | 'sales_rep'
        | 'sales_admin'
        | 'supervisor'
        | 'legal'
        | 'finance'
        | 'general_manager'
        | 'production'
        | 'logistics'
        | 'technician'
        | 'auditor'
      )[];
      supervisorId?: string | null;
      title?: string | null;
      /** @enum {string} */
      locale?: 'zh-CN' | 'en';
    };
    EmployeeWithHistory: {
      id: string;
      version: number;
      createdAt: string;
      updatedAt: string;
      name: string;
      email: string;
      roles: (
        | 'sales_manager'
        | 'sales_rep'
        | 'sales_admin'
        | 'supervisor'
        | 'legal'
        | 'finance'
        | 'general_manager'
        | 'production'
        | 'logistics'
        | 'technician'
        | 'auditor'
      )[];
      supervisorId?: string;
      title?: string;
      /** @enum {string} */
      locale: 'zh-CN' | 'en';
      /** @enum {string} */
      status?: 'active' | 'left';
      joinedOn?: string;
      leftOn?: string;
      successorId?: string;
      leavingReason?: string;
      history: components['schemas']['EmployeeHistoryEntry'][];
    };
    Evaluation: {
      period: string;
      run: number;
      employeeId: string;
      rulesVersion: string;
      indicators: components['schemas']['IndicatorRow'][];
      quantitativeScore?: number;
      counts: {
        orders: number;
        opportunitiesWon: number;
        opportunitiesLost: number;
        ratings: number;
        complaints: number;
      };
      parts: {
        period: string;
        run: number;
        quantitativeScore?: number;
      }[];
      evaluatedAt: string;
      /** @enum {string} */
      status: 'rating' | 'graded';
      ratingsDueAt?: string;
      ratings?: {
        asked: number;
        answered: number;
        byGroup: {
          [key: string]: number;
        };
      };
      qualitativeScore?: number;
      compositeScore?: number;
      /** @enum {string} */
      grade?: 'excellent' | 'good' | 'pass' | 'fail';
      preliminary?: boolean;
      gradedAt?: string;
      proposals?: components['schemas']['Proposals'];
      decision?: {
        bonus: number;
        /** @enum {string} */
        promotionPriority: 'high' | 'normal' | 'none';
        trainingNeeds: (
          'product_knowledge' | 'sales_skills' | 'customer_service' | 'market_analysis' | 'industry_knowledge'
        )[];
        coachingPlan?: {
          goals: string[];
          reviewOn: string;
        };
        reassignmentReview: boolean;
        payAdjustmentPercent?: number;
        by: string;
        at: string;
        reason?: string;
      };
      comments?: {
        by: string;
        at: string;
        text: string;
      }[];
    };
    EvaluationRun: {
      period: string;
      run: number;
      /** @enum {string} */
      kind: 'month' | 'quarter' | 'year';
      /** @enum {string} */
      status: 'evaluating' | 'evaluated';
      startedBy: string;
      reason?: string;
      rules: {
        rulesVersion: string;
        currency: string;
        weights: {
          [key: string]: number;
        };
        attainmentCapBasisPoints: number;
        grades: {
          excellent: number;
          good: number;
          pass: number;
        };
        quantitativeShare: number;
        raterWeights: {
          supervisor: number;
          peer: number;
          customer: number;
        };
        ratingDays: number;
        peerRaters: number;
        customerRaters: number;
        bonus: {
          base: {
            quarter: number;
            year: number;
          };
          multiplierPercent: {
            excellent: number;
            good: number;
            pass: number;
          };
        };
        trainingBelowBasisPoints: number;
        coachingReviewDays: number;
        payAdjustmentPercent: {
          excellent: number;
          good: number;
          pass: number;
          fail: number;
        };
        complaintRating: number | null;
      };
      requestedAt: string;
      ratingsDueAt?: string;
      evaluatedAt?: string;
      evaluated?: number;
    };
    ExpenseAudit: {
      id: string;
      period: string;
      /** @enum {string} */
      status: 'open' | 'closed';
      rule: components['schemas']['AuditSamplingRule'];
      seed: string;
      population: number;
      sampled: number;
      currency: string;
      openedBy: string;
      closedBy?: string;
      closedAt?: string;
      conclusion?: string;
      version: number;
      createdAt: string;
      updatedAt: string;
    };
    ExpenseAuditClosing: {
      conclusion: string;
    };
    ExpenseAuditReport: {
      id: string;
      period: string;
      /** @enum {string} */
      status: 'open' | 'closed';
      rule: components['schemas']['AuditSamplingRule'];
      seed: string;
      population: number;
      sampled: number;
      currency: string;
      openedBy: string;
      closedBy?: string;
      closedAt?: string;
      conclusion?: string;
      version: number;
      createdAt: string;
      updatedAt: string;
      summary: components['schemas']['AuditSummary'];
      findings: components['schemas']['AuditFinding'][];
    };
    ExpenseAuditStart: {
      period: string;
    };
    FollowUp: {
      id: string;
      customerId: string;
      customerName: string;
      ownerId: string;
      plannedBy: string;
      plannedAt: string;
      dueOn: string;
      summary: string;
      /** @enum {string} */
      status: 'open' | 'kept';
      keptBy?: string;
      keptAt?: string;
      late?: boolean;
      version: number;
      createdAt: string;
      updatedAt: string;
    };
    Import: {
      id: string;
      /** @enum {string} */
      kind: 'customers' | 'products' | 'purchases';
      fileName: string;
      contentType: string;
      size: number;
      /** @enum {string} */
      status: 'uploading' | 'checked' | 'queued' | 'done';
      check?: {
        rows: number;
        problemCount: number;
        problems: {
          row: number;
          column?: string;
          message: string;
        }[];
        checkedAt: string;
      };
      result?: {
        created: number;
        existing: number;
        skipped: number;
        finishedAt: string;
      };
      createdBy: string;
      version: number;
      createdAt: string;
      updatedAt: string;
    };
    InboundMessage: {
      id: string;
      from: string;
      fromName?: string;
      subject: string;
      text: string;
      attachments?: {
        name: string;
        contentType: string;
        size: number;
        key: string;
      }[];
      skippedAttachments?: string[];
      receivedAt: string;
      /** @enum {string} */
      status: 'open' | 'filed' | 'dismissed';
      customerId?: string;
      contactId?: string;
      complaintId?: string;
      handledBy?: string;
      dismissal?: string;
      version: number;
      createdAt: string;
      updatedAt: string;
    };
    IndicatorRow: {
      /** @enum {string} */
      indicator:
        | 'revenue'
        | 'profit'
        | 'growth'
        | 'marketShare'
        | 'newCustomers'
        | 'conversion'
        | 'satisfaction'
        | 'expenseControl';
      target?: number;
      actual?: number;
      attainmentBasisPoints?: number;
      /** @enum {string} */
      unit: 'minor-units' | 'count' | 'basis-points' | 'hundredths';
    };
    Installment: {
      orderId: string;
      customerId: string;
      ownerId: string;
      currency: string;
      number: number;
      label: string;
      amount: number;
      paid: number;
      dueDate: string;
      /** @enum {string} */
      status: 'open' | 'paid' | 'written-off';
      version: number;
    };
    Interaction: {
      id: string;
      version: number;
      createdAt: string;
      updatedAt: string;
      customerId: string;
      recordedBy: string;
      /** @enum {string} */
      channel: 'call' | 'email' | 'visit' | 'meeting';
      occurredAt: string;
      contactId?: string;
      summary: string;
      outcome?: string;
      nextFollowUp?: string;
    };
    Invitation: {
      eventId: string;
      customerId: string;
      customerName: string;
      contactId: string;
      contactName: string;
      /** @enum {string} */
      language: 'zh-CN' | 'en';
      /** @enum {string} */
      status: 'invited' | 'accepted' | 'declined';
      invitedBy: string;
      invitedAt: string;
      answeredAt?: string;
    };
    KnowledgeEntry: {
      id: string;
      product: string;
      /** @enum {string} */
      category:
        'usage' | 'malfunction' | 'quality' | 'transport_damage' | 'wrong_delivery' | 'billing' | 'other';
      problem: string;
      cause: string;
      solution: string;
      ticketId: string;
      author: string;
      version: number;
      createdAt: string;
      updatedAt: string;
    };
    MarketIntel: {
      id: string;
      /** @enum {string} */
      kind: 'competitor' | 'price' | 'product_feedback' | 'opportunity';
      title: string;
      details: string;
      region: string;
      observedOn: string;
      customerId?: string;
      productId?: string;
      product?: string;
      competitor?: {
        name: string;
        product?: string;
      };
      price?: {
        value: number;
        currency: string;
      };
      /** @enum {string} */
      sentiment?: 'positive' | 'neutral' | 'negative';
      recordedBy: string;
      version: number;
      createdAt: string;
      updatedAt: string;
    };
    MarketIntelSummary: {
      period: string;
      records: number;
      byKind: {
        /** @enum {string} */
        kind: 'competitor' | 'price' | 'product_feedback' | 'opportunity';
        records: number;
      }[];
      byRegion: {
        region: string;
        records: number;
      }[];
      competitors: {
        name: string;
        records: number;
        regions: string[];
        latestPrices: {
          product?: string;
          price: {
            value: number;
            currency: string;
          };
          observedOn: string;
        }[];
      }[];
      productFeedback: {
        product: string;
        positive: number;
        neutral: number;
        negative: number;
        latest: string[];
      }[];
    };
    NeedsReport: {
      year: string;
      topics: {
        /** @enum {string} */
        topic:
          | 'product_knowledge'
          | 'sales_skills'
          | 'customer_service'
          | 'market_analysis'
          | 'industry_knowledge';
        surveyHigh: number;
        proposedFor: string[];
      }[];
    };
    Opportunity: {
      id: string;
      version: number;
      createdAt: string;
      updatedAt: string;
      customerId: string;
      ownerId: string;
      title: string;
      expectedValue: {
        value: number;
        currency: string;
      };
      expectedCloseDate: string;
      /** @enum {string} */
      stage: 'identified' | 'contacted' | 'needs_analysed' | 'quoted' | 'negotiating' | 'won' | 'lost';
      lostReason?: string;
      wonWith?: string;
    };
    Order: {
      id: string;
      contractId: string;
      quoteId: string;
      customerId: string;
      ownerId: string;
      currency: string;
      lines: components['schemas']['QuoteLine'][];
      total: number;
      tax?: {
        /** @enum {string} */
        treatment: 'domestic' | 'export';
        netTotal: number;
        taxTotal: number;
        byRate: {
          rateBasisPoints: number;
          net: number;
          tax: number;
        }[];
      };
      deliveryDate: string;
      paymentTerms: string;
      qualityStandard?: string;
      signedOn: string;
      /** @enum {string} */
      status:
        | 'received'
        | 'under_review'
        | 'returned'
        | 'awaiting_production'
        | 'in_production'
        | 'ready_to_ship'
        | 'shipping'
        | 'shipped'
        | 'receipt_issue'
        | 'delivered'
        | 'completed';
      reviewRound: number;
      lastReturn?: components['schemas']['Rejection'];
      plannedCompletion?: string;
      progress?: {
        percent?: number;
        milestone?: string;
      };
      shippedQuantities: number[];
      receipt?: {
        at: string;
        by: string;
        /** @enum {string} */
        via: 'customer-link' | 'rep';
        receivedOn: string;
      };
      openIssues: number;
      fulfilmentRun: number;
      stalled?: {
        at: string;
        reason: string;
      };
      completedOn?: string;
      amendments: number;
      amendmentUnderReview?: number;
      version: number;
      createdAt: string;
      updatedAt: string;
    };
    OrderWorkView: {
      id: string;
      contractId: string;
      quoteId: string;
      customerId: string;
      ownerId: string;
      currency: string;
      deliveryDate: string;
      paymentTerms: string;
      qualityStandard?: string;
      signedOn: string;
      /** @enum {string} */
      status:
        | 'received'
        | 'under_review'
        | 'returned'
        | 'awaiting_production'
        | 'in_production'
        | 'ready_to_ship'
        | 'shipping'
        | 'shipped'
        | 'receipt_issue'
        | 'delivered'
        | 'completed';
      reviewRound: number;
      lastReturn?: components['schemas']['Rejection'];
      plannedCompletion?: string;
      progress?: {
        percent?: number;
        milestone?: string;
      };
      shippedQuantities: number[];
      receipt?: {
        at: string;
        by: string;
        /** @enum {string} */
        via: 'customer-link' | 'rep';
        receivedOn: string;
      };
      openIssues: number;
      fulfilmentRun: number;
      stalled?: {
        at: string;
        reason: string;
      };
      completedOn?: string;
      amendments: number;
      amendmentUnderReview?: number;
      version: number;
      createdAt: string;
      updatedAt: string;
      lines: {
        productId: string;
        productName: string;
        model: string;
        unit: string;
        quantity: number;
        priceListId?: string;
      }[];
    };
    PerformanceView: {
      employeeId: string;
      period: string;
      months: string[];
      currency: string;
      rulesVersion: string;
      indicators: components['schemas']['IndicatorRow'][];
      quantitativeScore?: number;
      counts: {
        orders: number;
        opportunitiesWon: number;
        opportunitiesLost: number;
        ratings: number;
        complaints: number;
      };
      otherCurrencies: {
        [key: string]: number;
      };
    };
    PipelineReport: {
      stages: {
        stage: string;
        currency: string;
        opportunities: number;
        expectedValue: number;
      }[];
    };
    PlanActuals: {
      revenue: {
        goal: number;
        actual: number;
        attainmentBasisPoints?: number;
      };
      byProduct: {
        productId: string;
        goal: number;
        actual: number;
        attainmentBasisPoints?: number;
      }[];
      byRegion: {
        region: string;
        goal: number;
        actual: number;
        attainmentBasisPoints?: number;
      }[];
      newCustomers: {
        goal: number;
        actual: number;
        attainmentBasisPoints?: number;
      };
      overdueActions: number;
    };
    PriceDeviation: {
      line: number;
      productId: string;
      listPrice: {
        value: number;
        currency: string;
      };
      netUnitPrice: number;
      basisPoints?: number;
    };
    PriceList: {
      id: string;
      version: number;
      createdAt: string;
      updatedAt: string;
      name: string;
      currency: string;
      /** @enum {string} */
      customerClass?: 'A' | 'B' | 'C';
      region?: string;
      prices: {
        productId: string;
        unitPrice: number;
      }[];
      active: boolean;
      setBy: string;
    };
    ProblemSummary: {
      period: string;
      tickets: number;
      problems: {
        product: string;
        /** @enum {string} */
        category:
          'usage' | 'malfunction' | 'quality' | 'transport_damage' | 'wrong_delivery' | 'billing' | 'other';
        count: number;
        solution?: {
          entryId: string;
          problem: string;
          cause: string;
          solution: string;
        };
      }[];
    };
    Product: {
      id: string;
      version: number;
      createdAt: string;
      updatedAt: string;
      name: string;
      model: string;
      unit: string;
      listPrice: {
        value: number;
        currency: string;
      };
      standardCost: {
        value: number;
        currency: string;
      };
      vatRateBasisPoints?: number;
      active: boolean;
    };
    Proposal: {
      customerId: string;
      name: string;
      ownerId: string;
      firstPurchaseOn: string;
      years: number;
      invited: boolean;
    };
    Proposals: {
      bonus: number;
      /** @enum {string} */
      promotionPriority: 'high' | 'normal' | 'none';
      trainingNeeds: (
        'product_knowledge' | 'sales_skills' | 'customer_service' | 'market_analysis' | 'industry_knowledge'
      )[];
      coachingPlan?: {
        goals: string[];
        reviewOn: string;
      };
      reassignmentReview: boolean;
      payAdjustmentPercent?: number;
    };
    Purchase: {
      id: string;
      version: number;
      createdAt: string;
      updatedAt: string;
      customerId: string;
      recordedBy: string;
      product: string;
      model?: string;
      quantity: number;
      amount: {
        value: number;
        currency: string;
      };
      date: string;
      note?: string;
      reference?: string;
    };
    Quote: {
      id: string;
      version: number;
      createdAt: string;
      updatedAt: string;
      customerId: string;
      ownerId: string;
      opportunityId?: string;
      /** @enum {string} */
      status: 'draft' | 'sent' | 'accepted' | 'rejected';
      currentRevision: number;
      sentRevision?: number;
      sentTo?: string;
      acceptedRevision?: number;
      rejectionReason?: string;
      technicalReview?: components['schemas']['TechnicalReview'];
    };
    QuoteLine: {
      productId: string;
      productName: string;
      model: string;
      unit: string;
      quantity: number;
      unitPrice: number;
      discountBasisPoints: number;
      lineTotal: number;
      vatRateBasisPoints?: number;
      netAmount?: number;
      taxAmount?: number;
      priceListId?: string;
    };
    QuoteRevision: {
      quoteId: string;
      revision: number;
      currency: string;
      lines: components['schemas']['QuoteLine'][];
      subtotal: number;
      discount: number;
      total: number;
      tax?: {
        /** @enum {string} */
        treatment: 'domestic' | 'export';
        netTotal: number;
        taxTotal: number;
        byRate: {
          rateBasisPoints: number;
          net: number;
          tax: number;
        }[];
      };
      deliveryDate: string;
      paymentTerms: string;
      afterSalesTerms: string;
      validUntil: string;
      note?: string;
      priceDeviations?: components['schemas']['PriceDeviation'][];
      createdAt: string;
      createdBy: string;
    };
    Receipt: {
      id: string;
      claimId: string;
      fileName: string;
      /** @enum {string} */
      contentType: 'application/pdf' | 'image/jpeg' | 'image/png';
      size: number;
      addedBy: string;
      addedAt: string;
    };
    ReceiptIssue: {
      id: string;
      orderId: string;
      /** @enum {string} */
      kind: 'damage' | 'quantity_mismatch' | 'wrong_item' | 'other';
      description: string;
      reportedBy: string;
      reportedAt: string;
      /** @enum {string} */
      status: 'open' | 'resolved';
      resolution?: string;
      resolvedBy?: string;
      resolvedAt?: string;
      version: number;
    };
    ReceivablesAging: {
      asOf: string;
      openInstallments: number;
      currencies: {
        currency: string;
        buckets: {
          current: number;
          '1-30': number;
          '31-60': number;
          '61-90': number;
          'over-90': number;
        };
        total: number;
      }[];
    };
    Rejection: {
      step: string;
      comment: string;
      by: string;
      at: string;
    };
    ReviewSubject: {
      type: string;
      id: string;
      ownerId: string;
      title: string;
      summary: string[];
      localized: {
        [key: string]: {
          title: string;
          summary: string[];
        };
      };
      approvalNeedsComment?: string[];
      standsWhile?: {
        key: {
          pk: string;
          sk: string;
        };
        fields: {
          [key: string]: string | number;
        };
      };
    };
    Revisit: {
      id: string;
      version: number;
      createdAt: string;
      updatedAt: string;
      customerId: string;
      customerName: string;
      ownerId: string;
      /** @enum {string} */
      status: 'open' | 'completed';
      openedOn: string;
      dueOn: string;
      reason: string;
      completedAt?: string;
      completedBy?: string;
      outcome?: string;
      satisfaction?: number;
      interactionId?: string;
    };
    SalesAnalysis: {
      id: string;
      period: string;
      assessment: string;
      problems: string[];
      measures: string[];
      figures: components['schemas']['PlanActuals'];
      by: string;
      at: string;
    };
    SalesPlan: {
      period: string;
      strategy: string;
      currency: string;
      goals: {
        revenue: number;
        byProduct: {
          productId: string;
          revenue: number;
        }[];
        byRegion: {
          region: string;
          revenue: number;
        }[];
        newCustomers: number;
        marketsToEnter: string[];
      };
      actions: {
        action: string;
        ownerId: string;
        dueOn: string;
        done: boolean;
      }[];
      updatedBy: string;
      version: number;
      createdAt: string;
      updatedAt: string;
    };
    SalesReport: {
      period: string;
      months: string[];
      /** @enum {string} */
      by: 'rep' | 'customer' | 'product' | 'region' | 'month';
      currency: string;
      rows: components['schemas']['SalesRow'][];
      total: components['schemas']['SalesRow'];
    };
    SalesRow: {
      key: string;
      name?: string;
      revenue: number;
      orders: number;
      quantity?: number;
      lastYear: number;
      growthBasisPoints?: number;
      target?: number;
      attainmentBasisPoints?: number;
    };
    Session: {
      id: string;
      version: number;
      createdAt: string;
      updatedAt: string;
      year: string;
      quarter: string;
      month: string;
      /** @enum {string} */
      topic:
        'product_knowledge' | 'sales_skills' | 'customer_service' | 'market_analysis' | 'industry_knowledge';
      title: string;
      content: string;
      startsAt: string;
      endsAt: string;
      place: string;
      trainer: {
        employeeId?: string;
        name?: string;
      };
      audience: string[];
      /** @enum {string} */
      status: 'planned' | 'cancelled';
      cancelledReason?: string;
    };
    SessionFile: {
      session: components['schemas']['Session'];
      attendees: components['schemas']['Attendee'][];
      effectiveness: components['schemas']['Effectiveness'];
    };
    Shipment: {
      id: string;
      orderId: string;
      lines: components['schemas']['ShipmentLine'][];
      carrier: string;
      trackingNumber: string;
      shippedOn: string;
      recordedBy: string;
      at: string;
    };
    ShipmentLine: {
      line: number;
      productId: string;
      productName: string;
      model: string;
      quantity: number;
    };
    StageChangeEntry: {
      from:
        ('identified' | 'contacted' | 'needs_analysed' | 'quoted' | 'negotiating' | 'won' | 'lost') | null;
      /** @enum {string} */
      to: 'identified' | 'contacted' | 'needs_analysed' | 'quoted' | 'negotiating' | 'won' | 'lost';
      at: string;
      by: string;
      reason?: string;
    };
    Survey: {
      id: string;
      title: string;
      openedBy: string;
      openedAt: string;
      closesOn: string;
      audience: string[];
    };
    SurveyResults: {
      survey: components['schemas']['Survey'];
      asked: number;
      answered: number;
      topics: {
        /** @enum {string} */
        topic:
          | 'product_knowledge'
          | 'sales_skills'
          | 'customer_service'
          | 'market_analysis'
          | 'industry_knowledge';
        high: number;
        meanHundredths?: number;
      }[];
      comments: string[];
    };
    Targets: {
      employeeId: string;
      year: string;
      currency: string;
      revenue: number;
      profit: number;
      newCustomers: number;
      expenses: number;
      growthBasisPoints: number;
      marketShareBasisPoints: number;
      conversionBasisPoints: number;
      satisfactionHundredths: number;
      split: components['schemas']['TargetSplit'];
      months: {
        revenue: number[];
        profit: number[];
        newCustomers: number[];
        expenses: number[];
      };
      setBy: string;
      version: number;
      createdAt: string;
      updatedAt: string;
    };
    TargetSplit:
      | 'even'
      | {
          monthWeights: number[];
        };
    TechnicalReview: {
      round: number;
      revision: number;
      /** @enum {string} */
      status: 'under_review' | 'passed' | 'returned' | 'withdrawn';
      requestedBy: string;
      requestedAt: string;
      note?: string;
      decidedAt?: string;
      returned?: components['schemas']['Rejection'];
    };
    Ticket: {
      id: string;
      customerId: string;
      ownerId: string;
      contactId?: string;
      orderId?: string;
      product?: components['schemas']['TicketProduct'];
      /** @enum {string} */
      category:
        'usage' | 'malfunction' | 'quality' | 'transport_damage' | 'wrong_delivery' | 'billing' | 'other';
      /** @enum {string} */
      severity: 'critical' | 'high' | 'medium' | 'low';
      description: string;
      /** @enum {string} */
      source: 'staff' | 'receipt' | 'customer-link';
      receiptIssueId?: string;
      /** @enum {string} */
      department: 'after_sales' | 'production' | 'logistics' | 'finance';
      /** @enum {string} */
      customerClass: 'A' | 'B' | 'C';
      /** @enum {string} */
      status: 'open' | 'in_progress' | 'solved';
      respondBy: string;
      resolveBy: string;
      respondedAt?: string;
      /** @enum {string} */
      handling?: 'remote' | 'on_site';
      visits: components['schemas']['Visit'][];
      alarms: ('response-reminder' | 'response-overdue' | 'resolution-reminder' | 'resolution-overdue')[];
      resolution?: {
        problem: string;
        cause: string;
        solution: string;
        knowledgeEntryId: string;
      };
      solvedAt?: string;
      rating?: {
        score: number;
        comment?: string;
        at: string;
      };
      history: components['schemas']['TicketStep'][];
      version: number;
      createdAt: string;
      updatedAt: string;
    };
    TicketProduct: {
      name: string;
      model?: string;
    };
    TicketStep: {
      at: string;
      by: string;
      /** @enum {string} */
      what:
        | 'opened'
        | 'routed'
        | 'remote-guidance'
        | 'visit-planned'
        | 'visit-reported'
        | 'reminded'
        | 'escalated'
        | 'solved'
        | 'rated';
      text?: string;
      /** @enum {string} */
      department?: 'after_sales' | 'production' | 'logistics' | 'finance';
    };
    TimelineEntry: {
      id: string;
      at: string;
      what: string;
      by: string;
      note?: string;
    };
    Trip: {
      id: string;
      travellerId: string;
      destination: string;
      startsOn: string;
      endsOn: string;
      purpose: string;
      customerIds: string[];
      /** @enum {string} */
      status: 'requested' | 'booked' | 'cancelled';
      bookings: {
        /** @enum {string} */
        kind: 'hotel' | 'train' | 'flight' | 'car' | 'other';
        details: string;
        reference?: string;
        cost?: {
          value: number;
          currency: string;
        };
        bookedBy: string;
        at: string;
      }[];
      requestedBy: string;
      version: number;
      createdAt: string;
      updatedAt: string;
    };
    Visit: {
      number: number;
      technicianId: string;
      plannedFor: string;
      /** @enum {string} */
      status: 'planned' | 'done';
      report?: {
        workDone: string;
        partsUsed: {
          part: string;
          quantity: number;
        }[];
        /** @enum {string} */
        outcome: 'solved' | 'follow-up-needed';
        at: string;
      };
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  getHealth: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The API answers. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @constant */
            status: 'ok';
          };
        };
      };
    };
  };
  getOpenApiDocument: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The document, generated from the route and schema declarations. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': unknown;
        };
      };
    };
  };
  getAsyncApiDocument: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The document, generated from the event table (docs/events.md in words). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': unknown;
        };
      };
    };
  };
  getApiReference: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An HTML page rendering the OpenAPI document, with a sign-in for “Try it out”. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': unknown;
        };
      };
    };
  };
  getApiReferenceAsset: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        asset: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/javascript': unknown;
        };
      };
      /** @description No such file. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listCustomers: {
    parameters: {
      query?: {
        owner?: string;
        class?: 'A' | 'B' | 'C';
        status?: 'prospect' | 'active' | 'dormant' | 'lost';
        industry?: string;
        region?: string;
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of customers. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['Customer'][];
            nextCursor?: string;
          };
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createCustomer: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the create safe to repeat: a repeat within 24 hours returns the first response. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          address?: string;
          industry: string;
          region: string;
          /** @enum {string} */
          size?: 'micro' | 'small' | 'medium' | 'large' | 'enterprise';
          /** @enum {string} */
          source: 'market_research' | 'industry_report' | 'web_search' | 'referral' | 'other';
          sourceDetail?: string;
          /**
           * @default prospect
           * @enum {string}
           */
          status?: 'prospect' | 'active' | 'dormant' | 'lost';
          ownerId?: string;
          influence?: number;
          needs?: {
            function?: string;
            quality?: string;
            price?: string;
            delivery?: string;
            latent?: string;
            buyingCapacity?: string;
          };
          preferences?: string;
          tags?: string[];
        };
      };
    };
    responses: {
      /** @description Filed. */
      201: {
        headers: {
          Location?: string;
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Customer'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A customer with this name is on file, or the idempotent request is in progress. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getCustomer: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The customer; ETag carries its version. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Customer'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  updateCustomer: {
    parameters: {
      query?: never;
      header: {
        /** @description The ETag of the version the change is based on. */
        'If-Match': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/merge-patch+json': {
          name?: string;
          address?: string | null;
          industry?: string;
          region?: string;
          size?: ('micro' | 'small' | 'medium' | 'large' | 'enterprise') | null;
          /** @enum {string} */
          source?: 'market_research' | 'industry_report' | 'web_search' | 'referral' | 'other';
          sourceDetail?: string | null;
          /** @enum {string} */
          status?: 'prospect' | 'active' | 'dormant' | 'lost';
          ownerId?: string;
          influence?: number | null;
          needs?: {
            function?: string | null;
            quality?: string | null;
            price?: string | null;
            delivery?: string | null;
            latent?: string | null;
            buyingCapacity?: string | null;
          } | null;
          preferences?: string | null;
          tags?: string[] | null;
        };
        'application/json': {
          name?: string;
          address?: string | null;
          industry?: string;
          region?: string;
          size?: ('micro' | 'small' | 'medium' | 'large' | 'enterprise') | null;
          /** @enum {string} */
          source?: 'market_research' | 'industry_report' | 'web_search' | 'referral' | 'other';
          sourceDetail?: string | null;
          /** @enum {string} */
          status?: 'prospect' | 'active' | 'dormant' | 'lost';
          ownerId?: string;
          influence?: number | null;
          needs?: {
            function?: string | null;
            quality?: string | null;
            price?: string | null;
            delivery?: string | null;
            latent?: string | null;
            buyingCapacity?: string | null;
          } | null;
          preferences?: string | null;
          tags?: string[] | null;
        };
      };
    };
    responses: {
      /** @description The changed customer. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Customer'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Another customer already has the new name. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match does not match the current version. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match is missing. */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listContacts: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of contacts. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['Contact'][];
            nextCursor?: string;
          };
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createContact: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the create safe to repeat: a repeat within 24 hours returns the first response. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          title?: string;
          phone?: string;
          /** Format: email */
          email?: string;
          birthday?: string;
          /**
           * @default zh-CN
           * @enum {string}
           */
          language?: 'zh-CN' | 'en';
          /** @default false */
          careOptOut?: boolean;
        };
      };
    };
    responses: {
      /** @description Added. */
      201: {
        headers: {
          Location?: string;
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Contact'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A request with this Idempotency-Key is still in progress. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  updateContact: {
    parameters: {
      query?: never;
      header: {
        /** @description The ETag of the version the change is based on. */
        'If-Match': string;
      };
      path: {
        id: string;
        contactId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/merge-patch+json': {
          name?: string;
          title?: string | null;
          phone?: string | null;
          email?: string | null;
          birthday?: string | null;
          /** @enum {string} */
          language?: 'zh-CN' | 'en';
          careOptOut?: boolean;
        };
        'application/json': {
          name?: string;
          title?: string | null;
          phone?: string | null;
          email?: string | null;
          birthday?: string | null;
          /** @enum {string} */
          language?: 'zh-CN' | 'en';
          careOptOut?: boolean;
        };
      };
    };
    responses: {
      /** @description The changed contact. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Contact'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match does not match the current version. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match is missing. */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listInteractions: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of communication records. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['Interaction'][];
            nextCursor?: string;
          };
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createInteraction: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the create safe to repeat: a repeat within 24 hours returns the first response. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          channel: 'call' | 'email' | 'visit' | 'meeting';
          /** Format: date-time */
          occurredAt: string;
          contactId?: string;
          summary: string;
          outcome?: string;
          /** Format: date */
          nextFollowUp?: string;
        };
      };
    };
    responses: {
      /** @description Recorded. */
      201: {
        headers: {
          Location?: string;
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Interaction'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A request with this Idempotency-Key is still in progress. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listFollowUps: {
    parameters: {
      query?: {
        status?: 'open' | 'kept';
        dueBefore?: string;
        owner?: string;
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of follow-ups. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['FollowUp'][];
            nextCursor?: string;
          };
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getMyProfile: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The profile. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Employee'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token is valid but no employee profile is on file for it. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listEmployees: {
    parameters: {
      query?: {
        status?: 'active' | 'left';
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of employees. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['Employee'][];
            nextCursor?: string;
          };
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  addEmployee: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the create safe to repeat: a repeat within 24 hours returns the first response. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          /** Format: email */
          email: string;
          roles: (
            | 'sales_manager'
            | 'sales_rep'
            | 'sales_admin'
            | 'supervisor'
            | 'legal'
            | 'finance'
            | 'general_manager'
            | 'production'
            | 'logistics'
            | 'technician'
            | 'auditor'
          )[];
          supervisorId?: string;
          title?: string;
          /**
           * @default zh-CN
           * @enum {string}
           */
          locale?: 'zh-CN' | 'en';
          /** Format: date */
          joinedOn?: string;
        };
      };
    };
    responses: {
      /** @description Filed; `Location` is the profile. */
      201: {
        headers: {
          Location?: string;
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Employee'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Someone with this email is already on file. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getEmployee: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The profile and its history. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EmployeeWithHistory'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  updateEmployee: {
    parameters: {
      query?: never;
      header: {
        /** @description The ETag of the version the change is based on. */
        'If-Match': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/merge-patch+json': components['schemas']['EmployeePatch'];
        'application/json': components['schemas']['EmployeePatch'];
      };
    };
    responses: {
      /** @description The changed profile. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Employee'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The person left, or the department would have no sales manager. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match does not match the current version. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match is missing. */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  recordLeaving: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EmployeeLeaving'];
      };
    };
    responses: {
      /** @description The profile, as left. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Employee'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description They left already, still supervise someone, or the department would have no sales manager. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The profile changed while this was recorded: read it and try again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getAuditTrail: {
    parameters: {
      query: {
        type:
          | 'approval'
          | 'award'
          | 'career'
          | 'claim'
          | 'coaching-plan'
          | 'commission'
          | 'complaint'
          | 'contract'
          | 'credit-limit'
          | 'customer'
          | 'delegation'
          | 'document'
          | 'employee'
          | 'expense-audit'
          | 'import'
          | 'inbound-message'
          | 'market-intel'
          | 'opportunity'
          | 'order'
          | 'performance-targets'
          | 'price-list'
          | 'product'
          | 'quote'
          | 'revisit'
          | 'sales-plan'
          | 'ticket'
          | 'training-session'
          | 'trip';
        id: string;
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of the trail (empty for a record with no history). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['AuditEntry'][];
            nextCursor?: string;
          };
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such record (for a caller who is not audit or a head). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listAuditSeals: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of seals. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['AuditSeal'][];
            nextCursor?: string;
          };
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  checkAuditSeal: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        day: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The day’s check. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditSealCheck'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No seal for that day (a day is sealed after it ends). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listPurchases: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of purchases. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['Purchase'][];
            nextCursor?: string;
          };
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  recordPurchase: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the create safe to repeat: a repeat within 24 hours returns the first response. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          product: string;
          model?: string;
          quantity: number;
          amount: {
            value: number;
            currency: string;
          };
          /** Format: date */
          date: string;
          note?: string;
        };
      };
    };
    responses: {
      /** @description Recorded. */
      201: {
        headers: {
          Location?: string;
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Purchase'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A request with this Idempotency-Key is still in progress. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getClassification: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The classification. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            customerId: string;
            class: ('A' | 'B' | 'C') | null;
            computedClass: ('A' | 'B' | 'C') | null;
            score: number | null;
            reasons: {
              /** @enum {string} */
              factor: 'amount' | 'frequency' | 'years' | 'influence';
              value: number;
              points: number;
              maxPoints: number;
            }[];
            classifiedAt: string | null;
            override: {
              /** @enum {string} */
              class: 'A' | 'B' | 'C';
              reason: string;
              by: string;
              at: string;
            } | null;
            history: components['schemas']['ClassChange'][];
          };
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  overrideClassification: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          class: 'A' | 'B' | 'C';
          reason: string;
        };
      };
    };
    responses: {
      /** @description Overridden. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            customerId: string;
            class: ('A' | 'B' | 'C') | null;
            override: {
              /** @enum {string} */
              class: 'A' | 'B' | 'C';
              reason: string;
              by: string;
              at: string;
            };
          };
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The classification changed meanwhile. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  clearClassificationOverride: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Cleared; the computed class applies again. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such customer, or no override to clear. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The classification changed meanwhile. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listRevisits: {
    parameters: {
      query?: {
        status?: 'open' | 'completed';
        dueBefore?: string;
        customer?: string;
        owner?: string;
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of revisits, by status and due date. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['Revisit'][];
            nextCursor?: string;
          };
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getRevisit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The revisit. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Revisit'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  completeRevisit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          outcome: string;
          satisfaction: number;
          /**
           * @default call
           * @enum {string}
           */
          channel?: 'call' | 'email' | 'visit' | 'meeting';
          /** Format: date-time */
          occurredAt?: string;
          contactId?: string;
        };
      };
    };
    responses: {
      /** @description The completed revisit. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Revisit'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The revisit is already completed. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listCareMessages: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of care messages. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['CareMessage'][];
            nextCursor?: string;
          };
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listProducts: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of products. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['Product'][];
            nextCursor?: string;
          };
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createProduct: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the create safe to repeat: a repeat within 24 hours returns the first response. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          model: string;
          unit: string;
          listPrice: {
            value: number;
            currency: string;
          };
          standardCost: {
            value: number;
            currency: string;
          };
          vatRateBasisPoints?: number;
          /** @default true */
          active?: boolean;
        };
      };
    };
    responses: {
      /** @description Added. */
      201: {
        headers: {
          Location?: string;
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Product'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A request with this Idempotency-Key is still in progress. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getProduct: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The product. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Product'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  updateProduct: {
    parameters: {
      query?: never;
      header: {
        /** @description The ETag of the version the change is based on. */
        'If-Match': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/merge-patch+json': {
          name?: string;
          model?: string;
          unit?: string;
          listPrice?: {
            value: number;
            currency: string;
          };
          standardCost?: {
            value: number;
            currency: string;
          };
          vatRateBasisPoints?: number;
          active?: boolean;
        };
        'application/json': {
          name?: string;
          model?: string;
          unit?: string;
          listPrice?: {
            value: number;
            currency: string;
          };
          standardCost?: {
            value: number;
            currency: string;
          };
          vatRateBasisPoints?: number;
          active?: boolean;
        };
      };
    };
    responses: {
      /** @description The changed product. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Product'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match does not match the current version. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match is missing. */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listPriceLists: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of price lists. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['PriceList'][];
            nextCursor?: string;
          };
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createPriceList: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the create safe to repeat: a repeat within 24 hours returns the first response. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          currency: string;
          /** @enum {string} */
          customerClass?: 'A' | 'B' | 'C';
          region?: string;
          prices: {
            productId: string;
            unitPrice: number;
          }[];
          /** @default true */
          active?: boolean;
        };
      };
    };
    responses: {
      /** @description Added. */
      201: {
        headers: {
          Location?: string;
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PriceList'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A request with this Idempotency-Key is still in progress. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getPriceList: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The price list. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PriceList'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  replacePriceList: {
    parameters: {
      query?: never;
      header: {
        /** @description The ETag of the version the change is based on. */
        'If-Match': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          currency: string;
          /** @enum {string} */
          customerClass?: 'A' | 'B' | 'C';
          region?: string;
          prices: {
            productId: string;
            unitPrice: number;
          }[];
          /** @default true */
          active?: boolean;
        };
      };
    };
    responses: {
      /** @description The list as replaced. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PriceList'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match does not match the current version. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match is missing. */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listOpportunities: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of opportunities. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['Opportunity'][];
            nextCursor?: string;
          };
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createOpportunity: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the create safe to repeat: a repeat within 24 hours returns the first response. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          customerId: string;
          title: string;
          expectedValue: {
            value: number;
            currency: string;
          };
          /** Format: date */
          expectedCloseDate: string;
        };
      };
    };
    responses: {
      /** @description Opened. */
      201: {
        headers: {
          Location?: string;
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Opportunity'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A request with this Idempotency-Key is still in progress. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getOpportunity: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The opportunity. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            version: number;
            createdAt: string;
            updatedAt: string;
            customerId: string;
            ownerId: string;
            title: string;
            expectedValue: {
              value: number;
              currency: string;
            };
            expectedCloseDate: string;
            /** @enum {string} */
            stage: 'identified' | 'contacted' | 'needs_analysed' | 'quoted' | 'negotiating' | 'won' | 'lost';
            lostReason?: string;
            wonWith?: string;
            stageHistory: components['schemas']['StageChangeEntry'][];
          };
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  changeOpportunityStage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          stage: 'identified' | 'contacted' | 'needs_analysed' | 'quoted' | 'negotiating' | 'won' | 'lost';
          reason?: string;
        };
      };
    };
    responses: {
      /** @description The opportunity. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Opportunity'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not possible in the quote’s or opportunity’s present state. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listQuotes: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of quotes. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['Quote'][];
            nextCursor?: string;
          };
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createQuote: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the create safe to repeat: a repeat within 24 hours returns the first response. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          customerId: string;
          opportunityId?: string;
          terms: {
            currency: string;
            /**
             * @default domestic
             * @enum {string}
             */
            taxTreatment?: 'domestic' | 'export';
            lines: {
              productId: string;
              quantity: number;
              unitPrice?: number;
              /** @default 0 */
              discountBasisPoints?: number;
            }[];
            /** Format: date */
            deliveryDate: string;
            paymentTerms: string;
            afterSalesTerms: string;
            /** Format: date */
            validUntil: string;
            note?: string;
          };
        };
      };
    };
    responses: {
      /** @description Drafted. */
      201: {
        headers: {
          Location?: string;
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            version: number;
            createdAt: string;
            updatedAt: string;
            customerId: string;
            ownerId: string;
            opportunityId?: string;
            /** @enum {string} */
            status: 'draft' | 'sent' | 'accepted' | 'rejected';
            currentRevision: number;
            sentRevision?: number;
            sentTo?: string;
            acceptedRevision?: number;
            rejectionReason?: string;
            technicalReview?: components['schemas']['TechnicalReview'];
            revision: components['schemas']['QuoteRevision'];
          };
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A request with this Idempotency-Key is still in progress. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getQuote: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The quote. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            version: number;
            createdAt: string;
            updatedAt: string;
            customerId: string;
            ownerId: string;
            opportunityId?: string;
            /** @enum {string} */
            status: 'draft' | 'sent' | 'accepted' | 'rejected';
            currentRevision: number;
            sentRevision?: number;
            sentTo?: string;
            acceptedRevision?: number;
            rejectionReason?: string;
            technicalReview?: components['schemas']['TechnicalReview'];
            revision: components['schemas']['QuoteRevision'];
            reviews: {
              id: string;
              step: string;
              round: number;
              approverRole: string;
              approverId: string;
              /** @enum {string} */
              approverLocale: 'zh-CN' | 'en';
              links: string;
              escalatedFrom?: string;
              delegatedFrom?: string;
              delegationId?: string;
              committee?: {
                memberIds: string[];
                quorum: number;
                /** @enum {string} */
                rejection: 'one' | 'quorum';
              };
              /** @enum {string} */
              status: 'pending' | 'approved' | 'rejected' | 'expired';
              dueAt: string;
              remindedAt?: string;
              escalatedAt?: string;
              /** @enum {string} */
              decision?: 'approve' | 'reject';
              comment?: string;
              decidedBy?: string;
              decidedAt?: string;
              version: number;
              createdAt: string;
              updatedAt: string;
            }[];
          };
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listQuoteRevisions: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of revisions. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['QuoteRevision'][];
            nextCursor?: string;
          };
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  reviseQuote: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the create safe to repeat: a repeat within 24 hours returns the first response. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          currency: string;
          /**
           * @default domestic
           * @enum {string}
           */
          taxTreatment?: 'domestic' | 'export';
          lines: {
            productId: string;
            quantity: number;
            unitPrice?: number;
            /** @default 0 */
            discountBasisPoints?: number;
          }[];
          /** Format: date */
          deliveryDate: string;
          paymentTerms: string;
          afterSalesTerms: string;
          /** Format: date */
          validUntil: string;
          note?: string;
        };
      };
    };
    responses: {
      /** @description The new revision. */
      201: {
        headers: {
          Location?: string;
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QuoteRevision'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not possible in the quote’s or opportunity’s present state. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getQuoteRevision: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        revision: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The revision. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QuoteRevision'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  sendQuote: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          contactId: string;
        };
      };
    };
    responses: {
      /** @description Sent. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Quote'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not possible in the quote’s or opportunity’s present state. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  acceptQuote: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          revision: number;
        };
      };
    };
    responses: {
      /** @description Accepted. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Quote'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not possible in the quote’s or opportunity’s present state. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  rejectQuote: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
        };
      };
    };
    responses: {
      /** @description Rejected. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Quote'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not possible in the quote’s or opportunity’s present state. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  requestTechnicalReview: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          note?: string;
        };
      };
    };
    responses: {
      /** @description Under technical review. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Quote'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The quote is not a draft, its revision is already under review or passed, or nobody may decide the review. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listMarketIntel: {
    parameters: {
      query?: {
        kind?: 'competitor' | 'price' | 'product_feedback' | 'opportunity';
        region?: string;
        competitor?: string;
        product?: string;
        from?: string;
        to?: string;
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of records. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['MarketIntel'][];
            nextCursor?: string;
          };
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  recordMarketIntel: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the create safe to repeat: a repeat within 24 hours returns the first response. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          kind: 'competitor' | 'price' | 'product_feedback' | 'opportunity';
          title: string;
          details: string;
          region: string;
          /** Format: date */
          observedOn: string;
          customerId?: string;
          productId?: string;
          product?: string;
          competitor?: {
            name: string;
            product?: string;
          };
          price?: {
            value: number;
            currency: string;
          };
          /** @enum {string} */
          sentiment?: 'positive' | 'neutral' | 'negative';
        };
      };
    };
    responses: {
      /** @description Recorded. */
      201: {
        headers: {
          Location?: string;
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MarketIntel'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A request with this Idempotency-Key is still in progress. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getMarketIntelSummary: {
    parameters: {
      query: {
        period: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The summary. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MarketIntelSummary'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listContracts: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of contracts. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['Contract'][];
            nextCursor?: string;
          };
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createContract: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the create safe to repeat: a repeat within 24 hours returns the first response. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          quoteId: string;
          qualityStandard: string;
          breachLiability: string;
        };
      };
    };
    responses: {
      /** @description Drafted. */
      201: {
        headers: {
          Location?: string;
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Contract'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The quote is not accepted, or already has a contract. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getContract: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The contract; `reviews` lists every round and step. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            version: number;
            createdAt: string;
            updatedAt: string;
            customerId: string;
            ownerId: string;
            quoteId: string;
            quoteRevision: number;
            currency: string;
            lines: components['schemas']['QuoteLine'][];
            total: number;
            tax?: {
              /** @enum {string} */
              treatment: 'domestic' | 'export';
              netTotal: number;
              taxTotal: number;
              byRate: {
                rateBasisPoints: number;
                net: number;
                tax: number;
              }[];
            };
            deliveryDate: string;
            paymentTerms: string;
            afterSalesTerms: string;
            qualityStandard: string;
            breachLiability: string;
            /** @enum {string} */
            status: 'draft' | 'under_review' | 'approved' | 'effective';
            reviewRound: number;
            lastRejection?: components['schemas']['Rejection'];
            credit?: components['schemas']['CreditCheck'];
            signing?: {
              signedOn: string;
              ourSignatory: string;
              customerSignatory: string;
              ourStamp?: boolean;
              customerStamp?: boolean;
              signedScanId?: string;
            };
            reviews: {
              id: string;
              step: string;
              round: number;
              approverRole: string;
              approverId: string;
              /** @enum {string} */
              approverLocale: 'zh-CN' | 'en';
              links: string;
              escalatedFrom?: string;
              delegatedFrom?: string;
              delegationId?: string;
              committee?: {
                memberIds: string[];
                quorum: number;
                /** @enum {string} */
                rejection: 'one' | 'quorum';
              };
              /** @enum {string} */
              status: 'pending' | 'approved' | 'rejected' | 'expired';
              dueAt: string;
              remindedAt?: string;
              escalatedAt?: string;
              /** @enum {string} */
              decision?: 'approve' | 'reject';
              comment?: string;
              decidedBy?: string;
              decidedAt?: string;
              version: number;
              createdAt: string;
              updatedAt: string;
            }[];
          };
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  updateContract: {
    parameters: {
      query?: never;
      header: {
        /** @description The ETag of the version the change is based on. */
        'If-Match': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/merge-patch+json': {
          qualityStandard?: string;
          breachLiability?: string;
          /** Format: date */
          deliveryDate?: string;
          paymentTerms?: string;
          afterSalesTerms?: string;
        };
        'application/json': {
          qualityStandard?: string;
          breachLiability?: string;
          /** Format: date */
          deliveryDate?: string;
          paymentTerms?: string;
          afterSalesTerms?: string;
        };
      };
    };
    responses: {
      /** @description The changed draft. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Contract'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not possible in the contract’s present state (e.g. editing it under review). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match does not match the current version. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match is missing. */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  submitContract: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Under review. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Contract'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not possible in the contract’s present state (e.g. editing it under review). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  withdrawContract: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A draft again. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Contract'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not possible in the contract’s present state (e.g. editing it under review). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  signContract: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date */
          signedOn: string;
          ourSignatory: string;
          customerSignatory: string;
          /** @constant */
          ourStamp: true;
          /** @constant */
          customerStamp: true;
          signedScanId: string;
        };
      };
    };
    responses: {
      /** @description Effective. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Contract'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not possible in the contract’s present state (e.g. editing it under review). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listOrders: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
        status?:
          | 'received'
          | 'under_review'
          | 'returned'
          | 'awaiting_production'
          | 'in_production'
          | 'ready_to_ship'
          | 'shipping'
          | 'shipped'
          | 'receipt_issue'
          | 'delivered'
          | 'completed';
        lateOn?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of orders (without prices for production and logistics). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | {
                items: components['schemas']['Order'][];
                nextCursor?: string;
              }
            | {
                items: components['schemas']['OrderWorkView'][];
                nextCursor?: string;
              };
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getOrder: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The order. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | {
                id: string;
                contractId: string;
                quoteId: string;
                customerId: string;
                ownerId: string;
                currency: string;
                lines: components['schemas']['QuoteLine'][];
                total: number;
                tax?: {
                  /** @enum {string} */
                  treatment: 'domestic' | 'export';
                  netTotal: number;
                  taxTotal: number;
                  byRate: {
                    rateBasisPoints: number;
                    net: number;
                    tax: number;
                  }[];
                };
                deliveryDate: string;
                paymentTerms: string;
                qualityStandard?: string;
                signedOn: string;
                /** @enum {string} */
                status:
                  | 'received'
                  | 'under_review'
                  | 'returned'
                  | 'awaiting_production'
                  | 'in_production'
                  | 'ready_to_ship'
                  | 'shipping'
                  | 'shipped'
                  | 'receipt_issue'
                  | 'delivered'
                  | 'completed';
                reviewRound: number;
                lastReturn?: components['schemas']['Rejection'];
                plannedCompletion?: string;
                progress?: {
                  percent?: number;
                  milestone?: string;
                };
                shippedQuantities: number[];
                receipt?: {
                  at: string;
                  by: string;
                  /** @enum {string} */
                  via: 'customer-link' | 'rep';
                  receivedOn: string;
                };
                openIssues: number;
                fulfilmentRun: number;
                stalled?: {
                  at: string;
                  reason: string;
                };
                completedOn?: string;
                amendments: components['schemas']['Amendment'][];
                amendmentUnderReview?: number;
                version: number;
                createdAt: string;
                updatedAt: string;
                timeline: components['schemas']['TimelineEntry'][];
                shipments: components['schemas']['Shipment'][];
                issues: components['schemas']['ReceiptIssue'][];
                installments: components['schemas']['Installment'][];
              }
            | {
                id: string;
                contractId: string;
                quoteId: string;
                customerId: string;
                ownerId: string;
                currency: string;
                deliveryDate: string;
                paymentTerms: string;
                qualityStandard?: string;
                signedOn: string;
                /** @enum {string} */
                status:
                  | 'received'
                  | 'under_review'
                  | 'returned'
                  | 'awaiting_production'
                  | 'in_production'
                  | 'ready_to_ship'
                  | 'shipping'
                  | 'shipped'
                  | 'receipt_issue'
                  | 'delivered'
                  | 'completed';
                reviewRound: number;
                lastReturn?: components['schemas']['Rejection'];
                plannedCompletion?: string;
                progress?: {
                  percent?: number;
                  milestone?: string;
                };
                shippedQuantities: number[];
                receipt?: {
                  at: string;
                  by: string;
                  /** @enum {string} */
                  via: 'customer-link' | 'rep';
                  receivedOn: string;
                };
                openIssues: number;
                fulfilmentRun: number;
                stalled?: {
                  at: string;
                  reason: string;
                };
                completedOn?: string;
                amendments: number;
                amendmentUnderReview?: number;
                version: number;
                createdAt: string;
                updatedAt: string;
                lines: {
                  productId: string;
                  productName: string;
                  model: string;
                  unit: string;
                  quantity: number;
                  priceListId?: string;
                }[];
                timeline: components['schemas']['TimelineEntry'][];
                shipments: components['schemas']['Shipment'][];
                issues: components['schemas']['ReceiptIssue'][];
              };
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  submitOrder: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          note?: string;
        };
      };
    };
    responses: {
      /** @description Under review. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Order'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not a new or returned order, or nobody may review it. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  acceptOrderProduction: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date */
          plannedCompletion: string;
          note?: string;
        };
      };
    };
    responses: {
      /** @description Accepted; the order as production sees it. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrderWorkView'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The order is not at this step. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The order changed meanwhile; read it and retry. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  reportOrderProgress: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          percent?: number;
          milestone?: string;
          note?: string;
        };
      };
    };
    responses: {
      /** @description Reported; the order as production sees it. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrderWorkView'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The order is not at this step. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The order changed meanwhile; read it and retry. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  completeOrderProduction: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          note?: string;
        };
      };
    };
    responses: {
      /** @description Ready to ship; the order as production sees it. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrderWorkView'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The order is not at this step. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The order changed meanwhile; read it and retry. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  recordShipment: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the create safe to repeat: a repeat within 24 hours returns the first response. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          lines: {
            line: number;
            quantity: number;
          }[];
          carrier: string;
          trackingNumber: string;
          /** Format: date */
          shippedOn: string;
        };
      };
    };
    responses: {
      /** @description Recorded. */
      201: {
        headers: {
          Location?: string;
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Shipment'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A request with this Idempotency-Key is still in progress. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The order changed meanwhile; read it and retry. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  restartOrderFulfilment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Started. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Order'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The order is not at this step. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The order changed meanwhile; read it and retry. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  recordOrderReceipt: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date */
          receivedOn: string;
          /** @default [] */
          problems?: {
            /** @enum {string} */
            kind: 'damage' | 'quantity_mismatch' | 'wrong_item' | 'other';
            description: string;
          }[];
        };
      };
    };
    responses: {
      /** @description Recorded. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Order'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The order is not at this step. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The order changed meanwhile; read it and retry. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  resolveReceiptIssue: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        issueId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          resolution: string;
        };
      };
    };
    responses: {
      /** @description Resolved. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReceiptIssue'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The order is not at this step. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The order changed meanwhile; read it and retry. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  setOrderPaymentPlan: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          parts: {
            percent: number;
            /** @enum {string} */
            due: 'signing' | 'delivery' | 'acceptance';
            days: number;
          }[];
        };
      };
    };
    responses: {
      /** @description The installments. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['Installment'][];
          };
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The order is not at this step. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The order changed meanwhile; read it and retry. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  recordPayment: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the create safe to repeat: a repeat within 24 hours returns the first response. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          amount: number;
          /** Format: date */
          receivedOn: string;
          reference: string;
        };
      };
    };
    responses: {
      /** @description Recorded. */
      201: {
        headers: {
          Location?: string;
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            orderId: string;
            amount: number;
            /** Format: date */
            receivedOn: string;
            reference: string;
            outstanding: number;
            installments: components['schemas']['Installment'][];
          };
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A request with this Idempotency-Key is still in progress. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The order changed meanwhile; read it and retry. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  recordRefund: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the create safe to repeat: a repeat within 24 hours returns the first response. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          amount: number;
          /** Format: date */
          refundedOn: string;
          reference: string;
          reason: string;
        };
      };
    };
    responses: {
      /** @description Recorded; what is left to refund. */
      201: {
        headers: {
          Location?: string;
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            orderId: string;
            number: number;
            amount: number;
            /** Format: date */
            refundedOn: string;
            reference: string;
            reason: string;
            recordedBy: string;
            recordedAt: string;
            refundable: number;
          };
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A request with this Idempotency-Key is still in progress. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The order changed meanwhile; read it and retry. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  writeOffReceivable: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
          /** Format: date */
          writtenOffOn: string;
        };
      };
    };
    responses: {
      /** @description Written off. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            orderId: string;
            writtenOff: number;
            collected: number;
            installments: components['schemas']['Installment'][];
          };
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing is outstanding, or the installments changed meanwhile. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getReceivablesAging: {
    parameters: {
      query?: {
        asOf?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The report. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReceivablesAging'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  setCreditLimit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          limit: {
            value: number;
            currency: string;
          };
          reason: string;
        };
      };
    };
    responses: {
      /** @description The limit as set. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreditLimit'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such customer. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Set by someone else meanwhile: read it again and retry. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getCustomerCredit: {
    parameters: {
      query?: {
        currency?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The customer’s credit. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CustomerCredit'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such customer. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getReceiptPage: {
    parameters: {
      query?: {
        t?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The page. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': unknown;
        };
      };
      /** @description Not a valid link. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description Already confirmed. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description The link expired. */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
    };
  };
  headReceiptPage: {
    parameters: {
      query?: {
        t?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description As for GET, without a body. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': unknown;
        };
      };
      /** @description Not a valid link. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Already confirmed. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The link expired. */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  confirmReceipt: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/x-www-form-urlencoded': {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      /** @description Recorded. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': unknown;
        };
      };
      /** @description The form is not valid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description Not a valid link. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description Already confirmed. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description The link expired. */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  requestOrderAmendment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          lines?: {
            line: number;
            quantity?: number;
            unitPrice?: number;
          }[];
          /** Format: date */
          deliveryDate?: string;
          reason: string;
        };
      };
    };
    responses: {
      /** @description Under review. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Amendment'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The order is not at this step. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The order changed meanwhile; read it and retry. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getExpenseBudget: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The year’s lines. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            year: string;
            lines: components['schemas']['BudgetLine'][];
          };
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  fileExpenseBudget: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          categories: {
            /** @enum {string} */
            category: 'travel' | 'entertainment' | 'marketing' | 'advertising' | 'training' | 'other';
            amount: number;
            quarters?: number[];
            months?: number[];
            reps?: {
              repId: string;
              amount: number;
            }[];
          }[];
        };
      };
    };
    responses: {
      /** @description The year’s lines. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            year: string;
            lines: components['schemas']['BudgetLine'][];
          };
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Claims draw on the year already. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listClaims: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
        status?: 'draft' | 'under_review' | 'approved' | 'paid' | 'rejected' | 'refused' | 'withdrawn';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of claims. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['Claim'][];
            nextCursor?: string;
          };
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createClaim: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the create safe to repeat: a repeat within 24 hours returns the first response. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          category: 'travel' | 'entertainment' | 'marketing' | 'advertising' | 'training' | 'other';
          amount: number;
          /** Format: date */
          date: string;
          reason: string;
          tripId?: string;
        };
      };
    };
    responses: {
      /** @description The draft. */
      201: {
        headers: {
          Location?: string;
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Claim'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A request with this Idempotency-Key is still in progress. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getClaim: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The claim. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            claimantId: string;
            /** @enum {string} */
            category: 'travel' | 'entertainment' | 'marketing' | 'advertising' | 'training' | 'other';
            amount: number;
            currency: string;
            date: string;
            reason: string;
            /** @enum {string} */
            status: 'draft' | 'under_review' | 'approved' | 'paid' | 'rejected' | 'refused' | 'withdrawn';
            round: number;
            reservedOn?: string[];
            lastRejection?: components['schemas']['Rejection'];
            approvedAt?: string;
            paidAt?: string;
            tripId?: string;
            version: number;
            createdAt: string;
            updatedAt: string;
            receipts: components['schemas']['Receipt'][];
            payment?: components['schemas']['ClaimPayment'];
            reviews: {
              id: string;
              step: string;
              round: number;
              approverRole: string;
              approverId: string;
              /** @enum {string} */
              approverLocale: 'zh-CN' | 'en';
              links: string;
              escalatedFrom?: string;
              delegatedFrom?: string;
              delegationId?: string;
              committee?: {
                memberIds: string[];
                quorum: number;
                /** @enum {string} */
                rejection: 'one' | 'quorum';
              };
              /** @enum {string} */
              status: 'pending' | 'approved' | 'rejected' | 'expired';
              dueAt: string;
              remindedAt?: string;
              escalatedAt?: string;
              /** @enum {string} */
              decision?: 'approve' | 'reject';
              comment?: string;
              decidedBy?: string;
              decidedAt?: string;
              version: number;
              createdAt: string;
              updatedAt: string;
            }[];
          };
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getClaimAudit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Oldest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['AuditEntry'][];
          };
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  submitClaim: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Under review. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Claim'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not a draft or rejected claim; over budget; or nobody may decide a step. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The claim changed meanwhile. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  withdrawClaim: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Withdrawn. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Claim'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not under review, or a step was decided already. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  attachClaimReceipt: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the create safe to repeat: a repeat within 24 hours returns the first response. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          fileName: string;
          /** @enum {string} */
          contentType: 'application/pdf' | 'image/jpeg' | 'image/png';
          size: number;
        };
      };
    };
    responses: {
      /** @description The receipt and where to upload it. */
      201: {
        headers: {
          Location?: string;
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            receipt: components['schemas']['Receipt'];
            upload: {
              /** @constant */
              method: 'PUT';
              url: string;
              headers: {
                'content-type': string;
              };
              expiresInSeconds: number;
            };
          };
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A request with this Idempotency-Key is still in progress. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  downloadClaimReceipt: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        receiptId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Where to GET the file. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            url: string;
            expiresInSeconds: number;
          };
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not uploaded yet. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  recordClaimPayment: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the create safe to repeat: a repeat within 24 hours returns the first response. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          amount: number;
          /** Format: date */
          paidOn: string;
          reference: string;
        };
      };
    };
    responses: {
      /** @description Paid; `Location` is the claim. */
      201: {
        headers: {
          Location?: string;
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClaimPayment'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not an approved claim (under review, paid already, …). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getExpenseReport: {
    parameters: {
      query: {
        period: string;
        format?: 'json' | 'csv';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The report (with `format=csv`, its rows as CSV). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            period: string;
            months: string[];
            rows: {
              category: string;
              scope: string;
              budgeted: number;
              reserved: number;
              spent: number;
              available: number;
            }[];
            byClaimant: {
              claimantId: string;
              claims: number;
              paid: number;
            }[];
          };
          'text/csv': string;
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listTrips: {
    parameters: {
      query?: {
        status?: 'requested' | 'booked' | 'cancelled';
        traveller?: string;
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of trips. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['Trip'][];
            nextCursor?: string;
          };
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  requestTrip: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the create safe to repeat: a repeat within 24 hours returns the first response. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          travellerId?: string;
          destination: string;
          /** Format: date */
          startsOn: string;
          /** Format: date */
          endsOn: string;
          purpose: string;
          /** @default [] */
          customerIds?: string[];
        };
      };
    };
    responses: {
      /** @description Requested. */
      201: {
        headers: {
          Location?: string;
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Trip'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A request with this Idempotency-Key is still in progress. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getTrip: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The trip. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            travellerId: string;
            destination: string;
            startsOn: string;
            endsOn: string;
            purpose: string;
            customerIds: string[];
            /** @enum {string} */
            status: 'requested' | 'booked' | 'cancelled';
            bookings: {
              /** @enum {string} */
              kind: 'hotel' | 'train' | 'flight' | 'car' | 'other';
              details: string;
              reference?: string;
              cost?: {
                value: number;
                currency: string;
              };
              bookedBy: string;
              at: string;
            }[];
            requestedBy: string;
            version: number;
            createdAt: string;
            updatedAt: string;
            claims: components['schemas']['Claim'][];
            revisits: components['schemas']['Revisit'][];
          };
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  bookTrip: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          kind: 'hotel' | 'train' | 'flight' | 'car' | 'other';
          details: string;
          reference?: string;
          cost?: {
            value: number;
            currency: string;
          };
        };
      };
    };
    responses: {
      /** @description The trip with its bookings. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Trip'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The trip is cancelled, or has 20 bookings. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Changed meanwhile. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  cancelTrip: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Cancelled. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Trip'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Cancelled already. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Changed meanwhile. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getAuditRule: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The rule in force. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditSamplingRule'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listExpenseAudits: {
    parameters: {
      query?: {
        status?: 'open' | 'closed';
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of audits. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['ExpenseAudit'][];
            nextCursor?: string;
          };
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  openExpenseAudit: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the create safe to repeat: a repeat within 24 hours returns the first response. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ExpenseAuditStart'];
      };
    };
    responses: {
      /** @description Opened; `Location` is its report. */
      201: {
        headers: {
          Location?: string;
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ExpenseAudit'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The period has not ended, or its audit is open already. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getExpenseAudit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        period: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The report. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ExpenseAuditReport'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getAuditFinding: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        period: string;
        claimId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The finding. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditFinding'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  recordAuditFinding: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        period: string;
        claimId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AuditFindingDecision'];
      };
    };
    responses: {
      /** @description The finding. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditFinding'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The audit is closed, or the finding was answered. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Changed meanwhile: read it and try again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  answerAuditFinding: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        period: string;
        claimId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AuditFindingResponse'];
      };
    };
    responses: {
      /** @description The finding with the answer. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditFinding'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No finding to answer, answered already, or the audit is closed. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Changed meanwhile: read it and try again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  closeExpenseAudit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        period: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ExpenseAuditClosing'];
      };
    };
    responses: {
      /** @description The closed audit’s report. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ExpenseAuditReport'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A sampled claim has no finding yet, or the audit is closed. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Changed meanwhile: read it and try again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listComplaints: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
        customerId?: string;
        status?: 'open' | 'answered' | 'solved';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of complaints. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['Complaint'][];
            nextCursor?: string;
          };
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  logComplaint: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the create safe to repeat: a repeat within 24 hours returns the first response. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          customerId: string;
          contactId: string;
          /** @enum {string} */
          severity: 'critical' | 'high' | 'medium' | 'low';
          content: string;
          request: string;
        };
      };
    };
    responses: {
      /** @description Logged. */
      201: {
        headers: {
          Location?: string;
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Complaint'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A request with this Idempotency-Key is still in progress. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getComplaint: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The complaint. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Complaint'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getComplaintAttachment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        number: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file and its download. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttachmentDownload'];
        };
      };
      /** @description A path that is not an id and a file number. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such complaint, or no file of that number. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  addComplaintNote: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          text: string;
        };
      };
    };
    responses: {
      /** @description Noted. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Complaint'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The complaint is not at this step. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The complaint changed meanwhile; read it and retry. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  answerComplaint: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          text: string;
        };
      };
    };
    responses: {
      /** @description Answered. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Complaint'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The complaint is not at this step. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The complaint changed meanwhile; read it and retry. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  followUpComplaint: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ComplaintFollowUp'];
      };
    };
    responses: {
      /** @description Recorded. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Complaint'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The complaint is not at this step. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The complaint changed meanwhile; read it and retry. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getComplaintCauses: {
    parameters: {
      query: {
        period: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The summary. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ComplaintCauses'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listInboundMessages: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
        status?: 'open' | 'filed' | 'dismissed';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['InboundMessage'][];
            nextCursor?: string;
          };
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getInboundMessage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The message. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InboundMessage'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getInboundMessageAttachment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        number: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file and its download. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttachmentDownload'];
        };
      };
      /** @description A path that is not an id and a file number. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such message, or no file of that number. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  fileInboundMessage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          customerId: string;
          contactId: string;
          /** @enum {string} */
          severity: 'critical' | 'high' | 'medium' | 'low';
          request?: string;
        };
      };
    };
    responses: {
      /** @description Filed. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InboundMessage'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such message (or, filing, no such customer). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The message was filed or dismissed already, or changed meanwhile. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  dismissInboundMessage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
        };
      };
    };
    responses: {
      /** @description Dismissed. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InboundMessage'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such message (or, filing, no such customer). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The message was filed or dismissed already, or changed meanwhile. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getContactMessagePage: {
    parameters: {
      query?: {
        t?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The page. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': unknown;
        };
      };
      /** @description Not a valid link. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description Already used (every later email holds a new link). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description The link expired. */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
    };
  };
  headContactMessagePage: {
    parameters: {
      query?: {
        t?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description As for GET, without a body. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': unknown;
        };
      };
      /** @description Not a valid link. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Already used (every later email holds a new link). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The link expired. */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  sendContactMessage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/x-www-form-urlencoded': {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      /** @description Recorded. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': unknown;
        };
      };
      /** @description The form is not valid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description Not a valid link. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description Already used (every later email holds a new link). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description The link expired. */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listTickets: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
        customerId?: string;
        department?: 'after_sales' | 'production' | 'logistics' | 'finance';
        status?: 'open' | 'in_progress' | 'solved';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of tickets. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['Ticket'][];
            nextCursor?: string;
          };
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  openTicket: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the create safe to repeat: a repeat within 24 hours returns the first response. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          customerId: string;
          contactId?: string;
          orderId?: string;
          product?: {
            name: string;
            model?: string;
          };
          /** @enum {string} */
          category:
            'usage' | 'malfunction' | 'quality' | 'transport_damage' | 'wrong_delivery' | 'billing' | 'other';
          /** @enum {string} */
          severity: 'critical' | 'high' | 'medium' | 'low';
          description: string;
        };
      };
    };
    responses: {
      /** @description Recorded. */
      201: {
        headers: {
          Location?: string;
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Ticket'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A request with this Idempotency-Key is still in progress. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getTicket: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The ticket. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Ticket'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  routeTicket: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          department: 'after_sales' | 'production' | 'logistics' | 'finance';
          reason: string;
        };
      };
    };
    responses: {
      /** @description Recorded; the ticket. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Ticket'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The ticket is not at this step (solved, a visit pending …). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The ticket changed meanwhile; read it and retry. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  recordRemoteGuidance: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          channel: 'phone' | 'email';
          text: string;
        };
      };
    };
    responses: {
      /** @description Recorded; the ticket. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Ticket'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The ticket is not at this step (solved, a visit pending …). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The ticket changed meanwhile; read it and retry. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  planTicketVisit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          technicianId: string;
          /** Format: date-time */
          plannedFor: string;
        };
      };
    };
    responses: {
      /** @description Recorded; the ticket. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Ticket'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The ticket is not at this step (solved, a visit pending …). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The ticket changed meanwhile; read it and retry. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  reportTicketVisit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        number: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          workDone: string;
          partsUsed: {
            part: string;
            quantity: number;
          }[];
          /** @enum {string} */
          outcome: 'solved' | 'follow-up-needed';
        };
      };
    };
    responses: {
      /** @description Recorded; the ticket. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Ticket'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The ticket is not at this step (solved, a visit pending …). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The ticket changed meanwhile; read it and retry. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  solveTicket: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          problem: string;
          cause: string;
          solution: string;
        };
      };
    };
    responses: {
      /** @description Recorded; the ticket. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Ticket'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The ticket is not at this step (solved, a visit pending …). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The ticket changed meanwhile; read it and retry. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getRatingPage: {
    parameters: {
      query?: {
        t?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The page. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': unknown;
        };
      };
      /** @description Not a valid link. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description Already rated. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description The link expired. */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
    };
  };
  headRatingPage: {
    parameters: {
      query?: {
        t?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description As for GET, without a body. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': unknown;
        };
      };
      /** @description Not a valid link. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Already rated. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The link expired. */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  rateTicket: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/x-www-form-urlencoded': {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      /** @description Recorded. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': unknown;
        };
      };
      /** @description The form is not valid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description Not a valid link. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description Already rated. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description The link expired. */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getServiceRequestPage: {
    parameters: {
      query?: {
        t?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The page. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': unknown;
        };
      };
      /** @description Not a valid link. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description Already used (the acknowledgement holds a new link). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description The link expired. */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
    };
  };
  headServiceRequestPage: {
    parameters: {
      query?: {
        t?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description As for GET, without a body. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': unknown;
        };
      };
      /** @description Not a valid link. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Already used (the acknowledgement holds a new link). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The link expired. */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  reportServiceRequest: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/x-www-form-urlencoded': {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      /** @description Recorded. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': unknown;
        };
      };
      /** @description The form is not valid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description Not a valid link. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description Already used (the acknowledgement holds a new link). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description The link expired. */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  searchKnowledge: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
        product?: string;
        q?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of entries. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['KnowledgeEntry'][];
            nextCursor?: string;
          };
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getKnowledgeEntry: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The entry. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['KnowledgeEntry'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getProblemSummary: {
    parameters: {
      query: {
        period: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The summary. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemSummary'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listAppreciationEvents: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of events. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['AppreciationEvent'][];
            nextCursor?: string;
          };
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createAppreciationEvent: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the create safe to repeat: a repeat within 24 hours returns the first response. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          kind: 'product_launch' | 'customer_gathering';
          title: string;
          /** Format: date */
          date: string;
          place: string;
          description?: string;
        };
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          Location?: string;
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AppreciationEvent'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A request with this Idempotency-Key is still in progress. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getAppreciationEvent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The event, every invitation with its answer, and the counts. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            kind: 'product_launch' | 'customer_gathering';
            title: string;
            date: string;
            place: string;
            description?: string;
            createdBy: string;
            version: number;
            createdAt: string;
            updatedAt: string;
            invitations: components['schemas']['Invitation'][];
            attendance: {
              invited: number;
              accepted: number;
              declined: number;
            };
          };
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  proposeAppreciationGuests: {
    parameters: {
      query?: {
        minYears?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The proposals. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            minYears: number;
            items: components['schemas']['Proposal'][];
          };
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  inviteAppreciationGuests: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          customerIds: string[];
        };
      };
    };
    responses: {
      /** @description Who was invited now, and who had been before. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            invited: string[];
            alreadyInvited: string[];
          };
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The event has taken place, or a concurrent request invited one of them. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getInvitationPage: {
    parameters: {
      query?: {
        t?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The page. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': unknown;
        };
      };
      /** @description Not a valid link. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description Already answered. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description The link expired. */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
    };
  };
  headInvitationPage: {
    parameters: {
      query?: {
        t?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description As for GET, without a body. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': unknown;
        };
      };
      /** @description Not a valid link. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Already answered. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The link expired. */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  answerInvitation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/x-www-form-urlencoded': {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      /** @description Recorded. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': unknown;
        };
      };
      /** @description The form is not valid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description Not a valid link. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description Already answered. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description The link expired. */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getTargets: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        employeeId: string;
        year: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The targets. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Targets'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  setTargets: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        employeeId: string;
        year: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          revenue: number;
          profit: number;
          newCustomers: number;
          expenses: number;
          growthBasisPoints: number;
          marketShareBasisPoints: number;
          conversionBasisPoints: number;
          satisfactionHundredths: number;
          /** @default even */
          split?: components['schemas']['TargetSplit'];
        };
      };
    };
    responses: {
      /** @description The targets with their months. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Targets'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Changed meanwhile; read and retry. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getTeamTargets: {
    parameters: {
      query: {
        year: string;
        supervisorId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The roll-up. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            year: string;
            supervisorId: string;
            currency: string;
            reps: string[];
            revenue: number;
            profit: number;
            newCustomers: number;
            expenses: number;
            months: {
              revenue: number[];
              profit: number[];
              newCustomers: number[];
              expenses: number[];
            };
          };
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getMarketSizes: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The year’s market sizes. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            year: string;
            currency: string;
            regions: {
              year: string;
              region: string;
              size: number;
              currency: string;
              setBy: string;
              updatedAt: string;
            }[];
          };
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  setMarketSizes: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          regions: {
            region: string;
            size: number;
          }[];
        };
      };
    };
    responses: {
      /** @description The year’s market sizes. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            year: string;
            currency: string;
            regions: {
              year: string;
              region: string;
              size: number;
              currency: string;
              setBy: string;
              updatedAt: string;
            }[];
          };
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getPerformance: {
    parameters: {
      query: {
        period: string;
      };
      header?: never;
      path: {
        employeeId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The performance. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PerformanceView'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  startEvaluationRun: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the create safe to repeat: a repeat within 24 hours returns the first response. */
        'Idempotency-Key'?: string;
      };
      path: {
        period: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
        };
      };
    };
    responses: {
      /** @description Started; the evaluations follow from its event. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EvaluationRun'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not evaluated yet, a run still evaluating, or another run started meanwhile. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getPeriodEvaluations: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        period: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The runs, oldest first, and the latest run’s evaluations. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            period: string;
            runs: components['schemas']['EvaluationRun'][];
            evaluations: components['schemas']['Evaluation'][];
          };
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getEmployeeEvaluations: {
    parameters: {
      query: {
        year: string;
      };
      header?: never;
      path: {
        employeeId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The evaluations, period by period. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            employeeId: string;
            year: string;
            items: components['schemas']['Evaluation'][];
          };
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  decideEvaluationProposals: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        period: string;
        run: string;
        employeeId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          bonus?: number;
          /** @enum {string} */
          promotionPriority?: 'high' | 'normal' | 'none';
          trainingNeeds?: (
            | 'product_knowledge'
            | 'sales_skills'
            | 'customer_service'
            | 'market_analysis'
            | 'industry_knowledge'
          )[];
          reassignmentReview?: boolean;
          payAdjustmentPercent?: number;
          reason?: string;
        };
      };
    };
    responses: {
      /** @description The evaluation with the decision. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Evaluation'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not a graded quarter’s or year’s evaluation. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Changed meanwhile. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  commentOnEvaluation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        period: string;
        run: string;
        employeeId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          text: string;
        };
      };
    };
    responses: {
      /** @description The evaluation with the comment. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Evaluation'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description At most 20 comments. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getEvaluationRatingPage: {
    parameters: {
      query?: {
        t?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The page. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': unknown;
        };
      };
      /** @description Not a valid link. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description Already rated. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description The link expired. */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
    };
  };
  headEvaluationRatingPage: {
    parameters: {
      query?: {
        t?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description As for GET, without a body. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': unknown;
        };
      };
      /** @description Not a valid link. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Already rated. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The link expired. */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  answerEvaluationRating: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/x-www-form-urlencoded': {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      /** @description Recorded. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': unknown;
        };
      };
      /** @description The form is not valid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description Not a valid link. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description Already rated. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description The link expired. */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listCoachingPlans: {
    parameters: {
      query?: {
        status?: 'open' | 'due' | 'reviewed';
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of coaching plans. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['CoachingPlan'][];
            nextCursor?: string;
          };
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  reviewCoachingPlan: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        period: string;
        run: string;
        employeeId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          outcome: 'improved' | 'not_improved';
          note: string;
        };
      };
    };
    responses: {
      /** @description The reviewed plan. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CoachingPlan'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Reviewed already. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Changed meanwhile. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listAwards: {
    parameters: {
      query?: {
        year?: string;
        employeeId?: string;
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of awards. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['Award'][];
            nextCursor?: string;
          };
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  grantAward: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the create safe to repeat: a repeat within 24 hours returns the first response. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          employeeId: string;
          period: string;
          /** @enum {string} */
          kind: 'certificate' | 'prize' | 'cash_award' | 'title';
          title: string;
          reason: string;
          value?: number;
        };
      };
    };
    responses: {
      /** @description Granted. */
      201: {
        headers: {
          Location?: string;
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Award'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A request with this Idempotency-Key is still in progress. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getCommissionPlan: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        period: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The plan. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommissionPlan'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No plan for the quarter. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  setCommissionPlan: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        period: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          currency: string;
          defaultRateBasisPoints: number;
          /** @default [] */
          productRates?: {
            productId: string;
            rateBasisPoints: number;
          }[];
          /** @default [] */
          tiers?: {
            fromAttainmentBasisPoints: number;
            multiplierBasisPoints: number;
          }[];
          /** @default true */
          clawbackOnWriteOff?: boolean;
        };
      };
    };
    responses: {
      /** @description The plan as set, with its version. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommissionPlan'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The quarter’s payout is under review or approved. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The plan changed meanwhile; read it and retry. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getCommissionStatement: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        period: string;
        employeeId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The statement. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommissionStatement'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No plan for the quarter (or no such employee). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getCommissionQuarter: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        period: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The quarter. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommissionQuarter'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No plan for the quarter. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  submitCommissionPayout: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        period: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Under review. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommissionPayout'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No plan for the quarter. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The quarter has not ended, its payout is under review or approved, the plan changed meanwhile, or nobody but the submitter may approve it. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The payout changed meanwhile; read it and retry. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listTrainingSurveys: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of surveys. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['Survey'][];
            nextCursor?: string;
          };
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  openTrainingSurvey: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the create safe to repeat: a repeat within 24 hours returns the first response. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          title: string;
          /** Format: date */
          closesOn: string;
          audience?: string[];
        };
      };
    };
    responses: {
      /** @description Opened; the emails follow. */
      201: {
        headers: {
          Location?: string;
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Survey'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A request with this Idempotency-Key is still in progress. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getTrainingSurvey: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The results. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SurveyResults'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getTrainingNeeds: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The needs. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NeedsReport'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  planTrainingSession: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the create safe to repeat: a repeat within 24 hours returns the first response. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          topic:
            | 'product_knowledge'
            | 'sales_skills'
            | 'customer_service'
            | 'market_analysis'
            | 'industry_knowledge';
          title: string;
          content: string;
          /** Format: date-time */
          startsAt: string;
          /** Format: date-time */
          endsAt: string;
          place: string;
          trainer:
            | {
                employeeId: string;
              }
            | {
                name: string;
              };
          audience: string[];
        };
      };
    };
    responses: {
      /** @description Planned; the invitations follow. */
      201: {
        headers: {
          Location?: string;
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Session'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A request with this Idempotency-Key is still in progress. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getTrainingPlan: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The plan. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            year: string;
            sessions: number;
            quarters: {
              quarter: string;
              months: {
                month: string;
                sessions: components['schemas']['Session'][];
              }[];
            }[];
          };
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getTrainingSession: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The session’s file. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SessionFile'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  changeTrainingSession: {
    parameters: {
      query?: never;
      header: {
        /** @description The ETag of the version the change is based on. */
        'If-Match': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/merge-patch+json': {
          title?: string;
          content?: string;
          /** Format: date-time */
          startsAt?: string;
          /** Format: date-time */
          endsAt?: string;
          place?: string;
        };
        'application/json': {
          title?: string;
          content?: string;
          /** Format: date-time */
          startsAt?: string;
          /** Format: date-time */
          endsAt?: string;
          place?: string;
        };
      };
    };
    responses: {
      /** @description The session as changed. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Session'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A rule refuses it (the text says which). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match does not match the current version. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match is missing. */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  cancelTrainingSession: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
        };
      };
    };
    responses: {
      /** @description The session, cancelled. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Session'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A rule refuses it (the text says which). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  recordTrainingAttendance: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          employeeId: string;
          /** @constant */
          signedIn?: true;
          examScore?: number;
          practiceScore?: number;
        };
      };
    };
    responses: {
      /** @description The person’s record. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Attendee'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A rule refuses it (the text says which). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  giveTrainingFeedback: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          rating: number;
          comment?: string;
        };
      };
    };
    responses: {
      /** @description Recorded. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            rating: number;
            comment?: string;
            at: string;
          };
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A rule refuses it (the text says which). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getCareerFile: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        employeeId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CareerFile'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  putCareerPlan: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        employeeId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          goals: string[];
          path: string[];
          currentStep: number;
          /** Format: date */
          nextConversationOn?: string;
        };
      };
    };
    responses: {
      /** @description The plan. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CareerPlan'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Someone changed the plan meanwhile; read it again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  recordCareerConversation: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the create safe to repeat: a repeat within 24 hours returns the first response. */
        'Idempotency-Key'?: string;
      };
      path: {
        employeeId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date */
          heldOn: string;
          notes: string;
          agreedActions?: string[];
        };
      };
    };
    responses: {
      /** @description Recorded. */
      201: {
        headers: {
          Location?: string;
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Conversation'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A request with this Idempotency-Key is still in progress. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getTrainingSurveyPage: {
    parameters: {
      query?: {
        t?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The page. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': unknown;
        };
      };
      /** @description Not a valid link. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description Already answered. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description The link expired. */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
    };
  };
  headTrainingSurveyPage: {
    parameters: {
      query?: {
        t?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description As for GET, without a body. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': unknown;
        };
      };
      /** @description Not a valid link. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Already answered. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The link expired. */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  answerTrainingSurvey: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/x-www-form-urlencoded': {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      /** @description Recorded. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': unknown;
        };
      };
      /** @description The form is not valid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description Not a valid link. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description Already answered. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description The link expired. */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getTrainingSignInPage: {
    parameters: {
      query?: {
        t?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The page. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': unknown;
        };
      };
      /** @description Not a valid link. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description Already signed in, or sign-in is not open yet. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description The link expired. */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
    };
  };
  headTrainingSignInPage: {
    parameters: {
      query?: {
        t?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description As for GET, without a body. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': unknown;
        };
      };
      /** @description Not a valid link. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Already signed in, or sign-in is not open yet. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The link expired. */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  signInAtTraining: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/x-www-form-urlencoded': {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      /** @description Recorded. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': unknown;
        };
      };
      /** @description The form is not valid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description Not a valid link. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description Already signed in, or sign-in is not open yet. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description The link expired. */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getSalesReport: {
    parameters: {
      query: {
        period: string;
        by?: 'rep' | 'customer' | 'product' | 'region' | 'month';
        currency?: string;
        format?: 'json' | 'csv';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The report. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SalesReport'];
          'text/csv': string;
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getCustomerReport: {
    parameters: {
      query: {
        period: string;
        currency?: string;
        format?: 'json' | 'csv';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The analysis. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CustomerReport'];
          'text/csv': string;
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getPipelineReport: {
    parameters: {
      query?: {
        format?: 'json' | 'csv';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The pipeline. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PipelineReport'];
          'text/csv': string;
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getReportPage: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The page, or the list of reports. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            reports: {
              name: string;
              href: string;
              formats: string[];
            }[];
          };
          'text/html': string;
        };
      };
    };
  };
  getReportPageAsset: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        asset: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The script. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/javascript': unknown;
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getSalesPlan: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        period: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The plan, its actuals and analyses. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            plan: components['schemas']['SalesPlan'];
            actuals: components['schemas']['PlanActuals'];
            analyses: components['schemas']['SalesAnalysis'][];
          };
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  setSalesPlan: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        period: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          strategy: string;
          currency: string;
          goals: {
            revenue: number;
            /** @default [] */
            byProduct?: {
              productId: string;
              revenue: number;
            }[];
            /** @default [] */
            byRegion?: {
              region: string;
              revenue: number;
            }[];
            newCustomers: number;
            /** @default [] */
            marketsToEnter?: string[];
          };
          actions: {
            action: string;
            ownerId: string;
            /** Format: date */
            dueOn: string;
            /** @default false */
            done?: boolean;
          }[];
        };
      };
    };
    responses: {
      /** @description The plan. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SalesPlan'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Changed meanwhile: read it again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  recordSalesAnalysis: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the create safe to repeat: a repeat within 24 hours returns the first response. */
        'Idempotency-Key'?: string;
      };
      path: {
        period: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          assessment: string;
          problems: string[];
          measures: string[];
        };
      };
    };
    responses: {
      /** @description Recorded. */
      201: {
        headers: {
          Location?: string;
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SalesAnalysis'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A request with this Idempotency-Key is still in progress. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  findDocuments: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
        customerId?: string;
        type?: 'contract' | 'quote' | 'customer_material' | 'market_research';
        q?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of documents. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['ArchivedDocument'][];
            nextCursor?: string;
          };
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  archiveDocument: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the create safe to repeat: a repeat within 24 hours returns the first response. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          type: 'contract' | 'quote' | 'customer_material' | 'market_research';
          title: string;
          customerId?: string;
          /** @default [] */
          tags?: string[];
          fileName: string;
          /** @enum {string} */
          contentType:
            | 'application/pdf'
            | 'image/jpeg'
            | 'image/png'
            | 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
            | 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
          size: number;
        };
      };
    };
    responses: {
      /** @description Archived; upload the file to the URL with these headers. */
      201: {
        headers: {
          Location?: string;
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            document: components['schemas']['ArchivedDocument'];
            upload: {
              url: string;
              method: string;
              headers: {
                [key: string]: string;
              };
              expiresAt: string;
            };
          };
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A request with this Idempotency-Key is still in progress. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getDocument: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The metadata and the download URL. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            document: components['schemas']['ArchivedDocument'];
            download: {
              url: string;
              expiresAt: string;
            };
          };
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The file has not been uploaded yet. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createImport: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the create safe to repeat: a repeat within 24 hours returns the first response. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          kind: 'customers' | 'products' | 'purchases';
          fileName: string;
          /** @enum {string} */
          contentType: 'text/csv' | 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
          size: number;
        };
      };
    };
    responses: {
      /** @description The import, and where to upload its file. */
      201: {
        headers: {
          Location?: string;
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            import: components['schemas']['Import'];
            upload: {
              url: string;
              /** @constant */
              method: 'PUT';
              headers: {
                [key: string]: string;
              };
              expiresAt: string;
            };
          };
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A request with this Idempotency-Key is still in progress. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getImport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The import. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Import'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  checkImport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The import, checked. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Import'];
        };
      };
      /** @description Not a readable file of its type, empty, or too many rows. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not at this step (not uploaded, not checked, problems left, or run already). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  runImport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Queued. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Import'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not at this step (not uploaded, not checked, problems left, or run already). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  exportCustomers: {
    parameters: {
      query?: {
        format?: 'csv' | 'xlsx';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The CSV file. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': unknown;
        };
      };
      /** @description The Excel file’s download (`Location`). */
      303: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  exportProducts: {
    parameters: {
      query?: {
        format?: 'csv' | 'xlsx';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The CSV file. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': unknown;
        };
      };
      /** @description The Excel file’s download (`Location`). */
      303: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  exportPurchases: {
    parameters: {
      query?: {
        format?: 'csv' | 'xlsx';
        from?: string;
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The CSV file. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': unknown;
        };
      };
      /** @description The Excel file’s download (`Location`). */
      303: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listMyApprovals: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Pending approvals, by due time. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['Approval'][];
          };
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getApprovalPage: {
    parameters: {
      query?: {
        t?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The confirmation page. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': unknown;
        };
      };
      /** @description Unknown approval or a link that is not (or no longer) valid. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description Already decided. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description The link expired. */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
    };
  };
  headApprovalPage: {
    parameters: {
      query?: {
        t?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description As for GET, without a body. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': unknown;
        };
      };
      /** @description Unknown approval or a link that is not (or no longer) valid. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Already decided. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The link expired. */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  decideApproval: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          decision: 'approve' | 'reject';
          comment?: string;
          t?: string;
        };
        'application/x-www-form-urlencoded': {
          /** @enum {string} */
          decision: 'approve' | 'reject';
          comment?: string;
          t?: string;
        };
      };
    };
    responses: {
      /** @description Recorded; the workflow continues. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Approval'];
        };
      };
      /** @description Not a valid decision (a rejection without a comment, say). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Neither a link token nor a valid bearer token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The bearer is not this step’s approver. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Already decided. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The link expired. */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listDelegations: {
    parameters: {
      query?: {
        as?: 'approver' | 'delegate';
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page, latest first day first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['Delegation'][];
            nextCursor?: string;
          };
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createDelegation: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the create safe to repeat: a repeat within 24 hours returns the first response. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          delegateId: string;
          /** Format: date */
          from: string;
          /** Format: date */
          to: string;
          reason: string;
        };
      };
    };
    responses: {
      /** @description Made; `Location` is the delegation. */
      201: {
        headers: {
          Location?: string;
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Delegation'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No employee profile for the caller. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Another delegation of yours runs in those days, or was made at the same time. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getDelegation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The delegation and its steps. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DelegationWithSteps'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  cancelDelegation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Cancelled. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Delegation'];
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Cancelled already. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Changed meanwhile: read it and try again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listEventConsumers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Every consumer. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              name: string;
              description: string;
              events: string[];
            }[];
          };
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listDeliveryFailures: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path: {
        name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of open failures. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              consumer: string;
              eventId: string;
              eventType: string;
              error: string;
              attempts: number;
              failedAt: string;
              /** @enum {string} */
              status: 'open' | 'redelivered';
              redeliveredAt?: string;
              redeliveredBy?: string;
              event: {
                id: string;
                type: string;
                subject: {
                  type: string;
                  id: string;
                };
                subjectVersion?: number;
                actor: string;
                at: string;
                correlationId?: string;
                payload: unknown;
              };
            }[];
            nextCursor?: string;
          };
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  redeliverEvent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        name: string;
        eventId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Published; the consumer handles it shortly. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            consumer: string;
            eventId: string;
            /** @constant */
            status: 'redelivered';
          };
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description It was redelivered already. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The event bus did not take it; it stays open, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  replayEvents: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        name: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date-time */
          from: string;
          /** Format: date-time */
          to: string;
        };
      };
    };
    responses: {
      /** @description Published. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            consumer: string;
            published: number;
            resumeFrom?: string;
          };
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The event bus did not take them; try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listSchedules: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Every schedule. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              name: string;
              description: string;
              cron: string;
              timeZone: string;
              lastRun: {
                job: string;
                scheduledTime: string;
                /** @enum {string} */
                status: 'running' | 'continuing' | 'succeeded' | 'failed';
                startedAt: string;
                heartbeatAt?: string;
                endedAt?: string;
                attempts: number;
                counts?: {
                  [key: string]: number;
                };
                checkpoint?: {
                  phase?: string;
                  cursor?: string;
                  finished: string[];
                  counts: {
                    [key: string]: number;
                  };
                };
                continuationId?: string;
                error?: string | null;
              } | null;
            }[];
          };
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listScheduleRuns: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path: {
        name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of runs. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              job: string;
              scheduledTime: string;
              /** @enum {string} */
              status: 'running' | 'continuing' | 'succeeded' | 'failed';
              startedAt: string;
              heartbeatAt?: string;
              endedAt?: string;
              attempts: number;
              counts?: {
                [key: string]: number;
              };
              checkpoint?: {
                phase?: string;
                cursor?: string;
                finished: string[];
                counts: {
                  [key: string]: number;
                };
              };
              continuationId?: string;
              error?: string | null;
            }[];
            nextCursor?: string;
          };
        };
      };
      /** @description The request is not valid; `errors` lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token. The gateway's authorizer answers `{"message":"Unauthorized"}` (application/json); the function answers a problem. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
          'application/json': {
            /** @constant */
            message: 'Unauthorized';
          };
        };
      };
      /** @description The caller may not do this. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
}
