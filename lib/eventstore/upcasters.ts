// Event schema versions. An old stored event is upcast on read, one version at a time; rows are never
// rewritten. Metadata has no versions: one step masks what older metadata must no longer show.
// Generic: the catalogue of changes comes from the domain (lib/domain/event-schemas.ts).

type Fields = Record<string, unknown>;
type Upcaster = (data: Fields) => Fields;

/** How `type` at schema `fromVersion` becomes `fromVersion + 1`. */
export interface SchemaChange {
  type: string;
  fromVersion: number;
  upcast: Upcaster;
}

export class UpcasterRegistry {
  private readonly steps = new Map<string, Map<number, Upcaster>>();
  private readonly current = new Map<string, number>();
  private metadataStep: Upcaster = (metadata) => metadata;

  static of(changes: SchemaChange[], metadata?: Upcaster): UpcasterRegistry {
    const registry = new UpcasterRegistry();
    for (const change of changes) registry.register(change.type, change.fromVersion, change.upcast);
    if (metadata) registry.registerMetadata(metadata);
    return registry;
  }

  /** Registers how `type` at schema `fromVersion` becomes `fromVersion + 1`. */
  register(type: string, fromVersion: number, upcast: Upcaster): this {
    const steps = this.steps.get(type) ?? new Map<number, Upcaster>();
    steps.set(fromVersion, upcast);
    this.steps.set(type, steps);
    this.current.set(type, Math.max(this.current.get(type) ?? 1, fromVersion + 1));
    return this;
  }

  /** Applied to every event's metadata on read; it must leave current metadata as it is. */
  registerMetadata(upcast: Upcaster): this {
    this.metadataStep = upcast;
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

  upcastMetadata(metadata: Fields): Fields {
    return this.metadataStep(metadata);
  }
}
