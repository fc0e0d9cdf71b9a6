// Structured one-line JSON logs. Callers pass only what is safe: action names, codes, counts and
// durations — never the event, the context, the environment or personal data.
export type LogFields = Record<string, string | number | boolean | null | undefined>;

function write(level: 'info' | 'warn' | 'error', msg: string, fields: LogFields): void {
  if (process.env.UNION_HUB_LOG === 'silent') return;
  const line = JSON.stringify({ level, msg, ...fields, at: new Date().toISOString() });
  if (level === 'error') console.error(line);
  else console.log(line);
}

export interface Logger {
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
}

export function createLogger(base: LogFields): Logger {
  return {
    info: (msg, fields = {}) => write('info', msg, { ...base, ...fields }),
    warn: (msg, fields = {}) => write('warn', msg, { ...base, ...fields }),
    error: (msg, fields = {}) => write('error', msg, { ...base, ...fields }),
  };
}
