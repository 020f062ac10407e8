import {
  type CompiledQuery,
  type DatabaseConnection,
  type Driver,
  type QueryResult,
  SelectQueryNode,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
} from "kysely";
import type { WriterTurn } from "./writer-turn.js";

/** A connection handed out by the driver, remembering whether anything but a select ran on it. */
class TrackedConnection implements DatabaseConnection {
  wrote = false;
  constructor(
    readonly inner: DatabaseConnection,
    private readonly turn: WriterTurn | undefined,
  ) {}

  executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    if (!this.wrote && !SelectQueryNode.is(query.query)) {
      this.wrote = true;
      // `begin` counts: the transaction takes the write lock up front (connect.ts).
      this.turn?.want();
    }
    return this.inner.executeQuery(query);
  }

  streamQuery<R>(query: CompiledQuery, chunkSize?: number): AsyncIterableIterator<QueryResult<R>> {
    return this.inner.streamQuery(query, chunkSize);
  }
}

/**
 * Kysely's SQLite driver with one change: a use of the connection that wrote
 * (a transaction, or a statement outside one) returns only once its commit is
 * durable, waiting for `durable()` after the connection is released, so other
 * work goes on meanwhile. Paired with synchronous=NORMAL (see connect.ts).
 */
class DurableWritesDriver extends SqliteDriver {
  constructor(
    config: SqliteDialectConfig,
    private readonly durable: () => Promise<void>,
    private readonly turn: WriterTurn | undefined,
  ) {
    super(config);
  }

  override async acquireConnection(): Promise<DatabaseConnection> {
    return new TrackedConnection(await super.acquireConnection(), this.turn);
  }

  // Kysely passes the connection back, though SqliteDriver declares no parameter.
  override async releaseConnection(connection?: DatabaseConnection): Promise<void> {
    await super.releaseConnection();
    if (!(connection as TrackedConnection | undefined)?.wrote) return;
    this.turn?.done();
    // INVARIANT: no caller learns of a write before it is on stable storage.
    await this.durable();
  }
}

/**
 * SQLite through Kysely, where every write is durable before its caller continues.
 * With a `turn`, writes announce themselves to the decision worker sharing the file.
 */
export class DurableSqliteDialect extends SqliteDialect {
  constructor(
    private readonly config: SqliteDialectConfig,
    private readonly durable: () => Promise<void>,
    private readonly turn?: WriterTurn,
  ) {
    super(config);
  }

  override createDriver(): Driver {
    return new DurableWritesDriver(this.config, this.durable, this.turn);
  }
}
