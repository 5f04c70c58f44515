/** A bounded memory of which section recent answers came from (message id -> section id). */
export class AnsweredMessages {
  private readonly sections = new Map<string, string>();

  constructor(private readonly limit: number) {}

  remember(messageId: string, sectionId: string): void {
    this.sections.set(messageId, sectionId);
    if (this.sections.size > this.limit) this.sections.delete(this.sections.keys().next().value!);
  }

  sectionOf(messageId: string | undefined): string | undefined {
    return messageId ? this.sections.get(messageId) : undefined;
  }
}
