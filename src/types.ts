// Public shapes of the document object (see README "Output contract").
// Offsets are Unicode code point indices into the decoded input, end exclusive.

export interface Mention {
  text: string;
  start: number;
  end: number;
}

export interface Person {
  id: string;
  name: string;
  mentions: Mention[];
  roles: string[];
}

export type RoleStatus = 'former' | 'new' | null;

export interface Role {
  id: string;
  text: string;
  title: string;
  organization: string | null;
  person: string | null;
  status: RoleStatus;
  start: number;
  end: number;
}

export interface Organization {
  id: string;
  name: string;
  mentions: Mention[];
}

export interface DateMention {
  text: string;
  value: string | null;
  start: number;
  end: number;
}

export interface DocumentResult {
  source: string;
  refDate: string | null;
  encoding?: string;
  people: Person[];
  roles: Role[];
  organizations: Organization[];
  dates: DateMention[];
}

export interface ErrorRecord {
  source: string;
  error: { code: string; message: string; byteOffset?: number };
}

export type EntityType = 'people' | 'roles' | 'organizations' | 'dates';
export const ENTITY_TYPES: readonly EntityType[] = ['people', 'roles', 'organizations', 'dates'];
