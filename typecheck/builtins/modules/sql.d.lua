-- require("sql"): the app's databases (modules/sql). Parameters are an
-- array of values bound to the ? placeholders; a row maps column names
-- to values (a NULL column is absent).
type Row = {[string]: any}
type ExecResult = {rows_affected: integer, last_insert_id: integer}
type Isolation = "default" | "read_uncommitted" | "read_committed" | "write_committed" | "repeatable_read" | "serializable"

type Statement = {
	query: (self: Statement, params: {any}?) -> ({Row}?, error?),
	execute: (self: Statement, params: {any}?) -> (ExecResult?, error?),
	close: (self: Statement) -> (boolean?, error?),
}

type Transaction = {
	db_type: (self: Transaction) -> (string?, error?),
	query: (self: Transaction, sql: string, params: {any}?) -> ({Row}?, error?),
	execute: (self: Transaction, sql: string, params: {any}?) -> (ExecResult?, error?),
	prepare: (self: Transaction, sql: string) -> (Statement?, error?),
	commit: (self: Transaction) -> (boolean?, error?),
	rollback: (self: Transaction) -> (boolean?, error?),
	savepoint: (self: Transaction, name: string) -> (boolean?, error?),
	rollback_to: (self: Transaction, name: string) -> (boolean?, error?),
	release: (self: Transaction, name: string) -> (boolean?, error?),
}

type DB = {
	type: (self: DB) -> (string?, error?),
	query: (self: DB, sql: string, params: {any}?) -> ({Row}?, error?),
	execute: (self: DB, sql: string, params: {any}?) -> (ExecResult?, error?),
	prepare: (self: DB, sql: string) -> (Statement?, error?),
	begin: (self: DB, options: {isolation?: Isolation, read_only?: boolean}?) -> (Transaction?, error?),
	release: (self: DB) -> (boolean?, error?),
	stats: (self: DB) -> ({[string]: integer}?, error?),
}

local sql: {
	get: (id: string) -> (DB?, error?),
	type: {POSTGRES: "postgres", MYSQL: "mysql", SQLITE: "sqlite", UNKNOWN: "unknown"},
	isolation: {
		DEFAULT: "default",
		READ_UNCOMMITTED: "read_uncommitted",
		READ_COMMITTED: "read_committed",
		WRITE_COMMITTED: "write_committed",
		REPEATABLE_READ: "repeatable_read",
		SERIALIZABLE: "serializable",
	},
	NULL: any,
	as: {
		int: (value: any) -> any,
		float: (value: any) -> any,
		text: (value: any) -> any,
		binary: (value: string) -> any,
		null: () -> any,
	},
}
return sql
