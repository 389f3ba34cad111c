/**
 * Readiness per component (storage, each channel) for GET /readyz. Components report their own state
 * as it changes; the server is ready when every component is. Liveness (/healthz) does not look here:
 * a channel or store being away must never get a healthy process restarted.
 */

export interface ComponentState {
  ready: boolean;
  /** A short word or phrase an operator reads: "connected", "resolving identity", "unreachable". */
  state: string;
}

export interface ReadinessReport {
  ready: boolean;
  components: Record<string, ComponentState>;
}

export class Readiness {
  private readonly components = new Map<string, ComponentState>();

  set(component: string, ready: boolean, state: string): void {
    this.components.set(component, { ready, state });
  }

  report(): ReadinessReport {
    const components = Object.fromEntries(this.components);
    return { ready: [...this.components.values()].every((c) => c.ready), components };
  }
}
