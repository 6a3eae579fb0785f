package sql

import (
	"context"
	gosql "database/sql"
	"net/url"
	"sync"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// Database types, the values of sql.type.
const (
	TypePostgres = "postgres"
	TypeMySQL    = "mysql"
	TypeSQLite   = "sqlite"
	TypeUnknown  = "unknown"
)

// Database is a database that an app declares: one connection pool
// shared by every process of the app, which reach it with sql.get(id).
type Database struct {
	id  string
	typ string
	db  *gosql.DB

	// The connection is SQLite's only one, and a transaction keeps it
	// from begin to end. owner is the State of the process whose
	// transaction holds it (or is being begun); the processes that need
	// it meanwhile park in waiters (host.Park) rather than in an I/O
	// goroutine, so that a process whose transaction waits for a timer
	// or a message does not look like I/O in flight (see access).
	mu      sync.Mutex
	owner   any
	waiters []func()
}

// OpenSQLite opens the SQLite database of entry id in file, ":memory:"
// for one that lives in memory while the app runs; the file is created if
// missing. Like Wippy's, the database has a single connection (SQLite
// writes one at a time anyway, and a database in memory exists only in
// its connection) and a file database runs in WAL journal mode. Nothing
// is opened before the first query.
func OpenSQLite(id, file string) (*Database, error) {
	dsn := ":memory:"
	if file != ":memory:" {
		q := url.Values{}
		q.Set("mode", "rwc")
		q.Set("_journal_mode", "WAL")
		// Other programs may hold the file's lock for a moment.
		q.Set("_busy_timeout", "5000")
		dsn = "file:" + file + "?" + q.Encode()
	}
	db, err := gosql.Open("sqlite", dsn)
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(1)
	// The one connection is never closed while the app runs: a database
	// in memory would be lost with it.
	db.SetMaxIdleConns(1)
	db.SetConnMaxLifetime(0)
	db.SetConnMaxIdleTime(0)
	return &Database{id: id, typ: TypeSQLite, db: db}, nil
}

// ID returns the entry id of the database.
func (d *Database) ID() string { return d.id }

// Type returns the database type (TypeSQLite).
func (d *Database) Type() string { return d.typ }

// Close closes the database; the app calls it when it closes.
func (d *Database) Close() error { return d.db.Close() }

// Ping opens the connection, which reports a database that cannot be
// opened (a file in a missing directory, say).
func (d *Database) Ping(ctx context.Context) error { return d.db.PingContext(ctx) }

// claim makes owner the holder of the connection when it is free and
// reports whether the connection is free, or held by owner itself.
func (d *Database) claim(owner any, exclusive bool) (free, mine bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	switch d.owner {
	case nil:
		if exclusive {
			d.owner = owner
		}
		return true, false
	case owner:
		return false, true
	}
	return false, false
}

// wait calls wake once the connection is free: at once if it is already.
func (d *Database) wait(wake func()) {
	d.mu.Lock()
	if d.owner == nil {
		d.mu.Unlock()
		wake()
		return
	}
	d.waiters = append(d.waiters, wake)
	d.mu.Unlock()
}

// free ends owner's hold on the connection and wakes the processes
// waiting for it (they all try again; one transaction wins).
func (d *Database) free(owner any) {
	d.mu.Lock()
	if d.owner != owner {
		d.mu.Unlock()
		return
	}
	d.owner = nil
	waiters := d.waiters
	d.waiters = nil
	d.mu.Unlock()
	for _, wake := range waiters {
		wake()
	}
}
