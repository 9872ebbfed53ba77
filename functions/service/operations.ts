import type { Operation } from '#shared/http.ts';
import { complaintOperations } from './complaints.ts';

export const serviceOperations: readonly Operation[] = [...complaintOperations];
