/** What the controllers and the error filter use of Fastify's reply. */
export interface Reply {
  header(name: string, value: string): Reply;
  status(code: number): Reply;
  send(payload: unknown): Reply;
}
