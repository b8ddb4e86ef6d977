/**
 * Structured logs: one JSON object per line on stdout, which Lambda sends to the function's
 * log group and CloudWatch Logs Insights reads field by field. Our own, a few lines long,
 * instead of a logging library: a library cost every function about 30 KB and its load at
 * each cold start, for the three calls handlers make (bench/cold-start.ts measures it).
 *
 * LOG_LEVEL is DEBUG, INFO (the default), WARN, ERROR or SILENT. Entries carry references,
 * levels and steps — never names, emails or what anyone wrote.
 */
const LEVELS = { DEBUG: 10, INFO: 20, WARN: 30, ERROR: 40, SILENT: 100 } as const;
type Level = Exclude<keyof typeof LEVELS, 'SILENT'>;
type Attributes = Record<string, unknown>;

function threshold(): number {
  const wanted = (process.env.LOG_LEVEL ?? 'INFO').toUpperCase();
  return wanted in LEVELS ? LEVELS[wanted as keyof typeof LEVELS] : LEVELS.INFO;
}

/** An error as fields (its name and message are ours: they name references, never content). */
function errorFields(error: Error): Attributes {
  return { name: error.name, message: error.message, stack: error.stack };
}

export class Logger {
  constructor(private readonly service: string) {}

  debug(message: string, details?: Attributes | Error): void {
    this.write('DEBUG', message, details);
  }

  info(message: string, details?: Attributes | Error): void {
    this.write('INFO', message, details);
  }

  warn(message: string, details?: Attributes | Error): void {
    this.write('WARN', message, details);
  }

  error(message: string, details?: Attributes | Error): void {
    this.write('ERROR', message, details);
  }

  private write(level: Level, message: string, details: Attributes | Error | undefined): void {
    if (LEVELS[level] < threshold()) return;
    const entry = {
      level,
      message,
      service: this.service,
      timestamp: new Date().toISOString(),
      ...(process.env._X_AMZN_TRACE_ID ? { xray_trace_id: process.env._X_AMZN_TRACE_ID.split(';')[0]?.replace('Root=', '') } : {}),
      ...(details instanceof Error ? { error: errorFields(details) } : details),
    };
    process.stdout.write(`${JSON.stringify(entry)}\n`);
  }
}

export const logger = new Logger('complaints');
