import type { FastifyBaseLogger } from 'fastify';

export interface Mail {
  to: string;
  subject: string;
  body: string;
}

/** Where outgoing e-mail goes. A real transport (SMTP) plugs in here; tests capture what was sent. */
export interface Mailer {
  send(mail: Mail): Promise<void>;
}

/**
 * For development and evaluation: writes each message, link included, to the log instead of sending it.
 * Never use it where the log leaves the machine: the links sign people in.
 */
export function createLogMailer(logger: FastifyBaseLogger): Mailer {
  return {
    async send(mail) {
      logger.info({ outbox: { to: mail.to, subject: mail.subject } }, `outbox (log only, not sent): ${mail.subject}\n${mail.body}`);
    },
  };
}
