// Event schema versions. An old stored event is upcast on read, one version at a time; rows are never rewritten.

type Fields = Record<string, unknown>;
type Upcaster = (data: Fields) => Fields;

export class UpcasterRegistry {
  private readonly steps = new Map<string, Map<number, Upcaster>>();
  private readonly current = new Map<string, number>();

  /** Registers how `type` at schema `fromVersion` becomes `fromVersion + 1`. */
  register(type: string, fromVersion: number, upcast: Upcaster): this {
    const steps = this.steps.get(type) ?? new Map<number, Upcaster>();
    steps.set(fromVersion, upcast);
    this.steps.set(type, steps);
    this.current.set(type, Math.max(this.current.get(type) ?? 1, fromVersion + 1));
    return this;
  }

  currentVersion(type: string): number {
    return this.current.get(type) ?? 1;
  }

  upcast(type: string, schemaVersion: number, data: Fields): { schemaVersion: number; data: Fields } {
    let version = schemaVersion;
    let fields = data;
    const steps = this.steps.get(type);
    while (steps && version < this.currentVersion(type)) {
      const step = steps.get(version);
      if (!step) throw new Error(`No upcaster for ${type} from schema version ${version}`);
      fields = step(fields);
      version += 1;
    }
    return { schemaVersion: version, data: fields };
  }
}

/** The catalogue's history of schema changes. */
export const upcasters = new UpcasterRegistry()
  // v1 bookings were always in euros and did not say so.
  .register("BookingStarted", 1, (data) => ({ currency: "EUR", ...data }));
