/** The department's roles (requirements section 1). Cognito has one group per role. */
export const ROLES = [
  'sales_manager',
  'sales_rep',
  'sales_admin',
  'supervisor',
  'legal',
  'finance',
  'general_manager',
  'production',
  'logistics',
  'technician',
  'auditor',
] as const;

export type Role = (typeof ROLES)[number];

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  sales_manager: 'Head of the sales department',
  sales_rep: 'Salesperson',
  sales_admin: 'Sales back office',
  supervisor: "A rep's direct superior",
  legal: 'Legal department',
  finance: 'Finance department',
  general_manager: 'Company head',
  production: 'Production department',
  logistics: 'Logistics department',
  technician: 'After-sales technician',
  auditor: 'Internal audit',
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Who may own customers (a rep, or the manager for key accounts): a leaver's successor too. */
export const CUSTOMER_OWNER_ROLES: readonly Role[] = ['sales_rep', 'sales_manager'];
