// What a deploy target can do: a CloudBase environment (through @cloudbase/manager-node) or the
// local cloud. `applyPlan` compares and changes only what differs, so a second run changes nothing.
import type { IndexSpec } from '../database/indexes';
import type { PlannedFunction, PlannedTrigger } from './plan';

export interface Rule {
  read: boolean | string;
  write: boolean | string;
}

export interface DeployedFunction {
  runtime: string;
  timeout: number;
  memorySize: number;
  env: Record<string, string>;
  triggers: PlannedTrigger[];
  /** the code hash the last deploy recorded */
  codeHash: string | null;
}

export interface FunctionUpload {
  spec: PlannedFunction;
  /** values of the function's environment variables */
  env: Record<string, string>;
  /** the built folder (dist/cloudfunctions/<name>) and its content hash */
  dir: string;
  codeHash: string;
}

export interface DeployTarget {
  readonly name: string;
  /** which parts this target takes (the local cloud runs functions from source) */
  readonly parts: ReadonlySet<'collections' | 'indexes' | 'rules' | 'storage' | 'functions'>;
  listCollections(): Promise<string[]>;
  createCollection(name: string): Promise<void>;
  listIndexes(collection: string): Promise<string[]>;
  createIndex(spec: IndexSpec): Promise<void>;
  getCollectionRule(collection: string): Promise<Rule | null>;
  setCollectionRule(collection: string, rule: Rule): Promise<void>;
  getStorageRule(): Promise<Rule | null>;
  setStorageRule(rule: Rule): Promise<void>;
  getFunction(name: string): Promise<DeployedFunction | null>;
  createFunction(upload: FunctionUpload): Promise<void>;
  updateFunctionCode(upload: FunctionUpload): Promise<void>;
  updateFunctionConfig(upload: FunctionUpload): Promise<void>;
  setTriggers(name: string, triggers: PlannedTrigger[]): Promise<void>;
}
