// The requests this tab's deployments served lately, kept in memory with the runtime that
// served them: feedback on one of them is checked and recorded without reading IndexedDB
// (the labelled request is queued for the bulk writer again). Older requests, or those of
// a deployment changed since, take the database's path.
import { ConflictError } from '../db/errors';
import { logDeploymentRequest } from '../db/deployments';
import type { DeploymentRequestRecord } from '../db/records';

const CAPACITY = 10_000;

export class RecentRequests<Owner = unknown> {
  private readonly entries = new Map<string, { request: DeploymentRequestRecord; owner: Owner }>();

  add(request: DeploymentRequestRecord, owner: Owner): void {
    this.entries.set(request.request_id, { request, owner });
    if (this.entries.size > CAPACITY) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }

  /**
   * Labels a request held here whose owner is still `isCurrent`; answers it, or undefined
   * when the database must be asked. A second label is a ConflictError.
   */
  label(
    requestId: string,
    label: number,
    isCurrent: (owner: Owner) => boolean,
  ): DeploymentRequestRecord | undefined {
    const entry = this.entries.get(requestId);
    if (!entry || !isCurrent(entry.owner)) return undefined;
    if (entry.request.label !== null) {
      throw new ConflictError(`Request '${requestId}' already has its label`);
    }
    entry.request.label = label;
    logDeploymentRequest(entry.request);
    return entry.request;
  }
}
