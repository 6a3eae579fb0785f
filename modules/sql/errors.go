package sql

import (
	"context"
	gosql "database/sql"
	stderrors "errors"
	"fmt"
	"strings"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"wippylua/modules/errors"
)

// invalid is the error of a call the program made wrongly (a bad
// parameter, a handle that is closed).
func invalid(format string, args ...any) error {
	return errors.Fail(errors.Invalid, fmt.Sprintf(format, args...), false)
}

func conflict(format string, args ...any) error {
	return errors.Fail(errors.Conflict, fmt.Sprintf(format, args...), false)
}

// failure classifies an error of the database:
//
//   - a statement SQLite refuses (syntax, unknown table or column, wrong
//     number of parameters, a value out of range) is INVALID;
//   - a constraint violation (UNIQUE, NOT NULL, CHECK, FOREIGN KEY) is
//     CONFLICT;
//   - a database locked by another program is UNAVAILABLE, retryable;
//   - a read-only or unopenable file is PERMISSION_DENIED or UNAVAILABLE;
//   - a transaction or statement already ended, or parameters that do
//     not match the statement, are INVALID;
//   - a process that went away while it waited, CANCELED;
//   - SQLite's other failures (I/O, corruption, memory) are INTERNAL.
func failure(err error) error {
	var se *sqlite.Error
	switch {
	case stderrors.As(err, &se):
		kind, retry := sqliteKind(se.Code())
		return errors.Fail(kind, se.Error(), retry)
	case stderrors.Is(err, gosql.ErrTxDone):
		return invalid("transaction is not active")
	case stderrors.Is(err, context.Canceled):
		return errors.Fail(errors.Canceled, err.Error(), false)
	case stderrors.Is(err, context.DeadlineExceeded):
		return errors.Fail(errors.Timeout, err.Error(), true)
	}
	var fe *errors.Error
	if stderrors.As(err, &fe) {
		return err
	}
	// The other errors of database/sql and of the driver are about the
	// call: a wrong number of parameters, a value that cannot be bound, a
	// closed database. SQLite's own failures (I/O, corruption) come with
	// a result code, above.
	return errors.Fail(errors.Invalid, strings.TrimPrefix(err.Error(), "sql: "), false)
}

// sqliteKind maps an SQLite result code (its primary part) to a kind and
// whether trying again may succeed.
func sqliteKind(code int) (string, bool) {
	switch code & 0xff {
	case sqlite3.SQLITE_ERROR, sqlite3.SQLITE_MISMATCH, sqlite3.SQLITE_RANGE, sqlite3.SQLITE_TOOBIG:
		return errors.Invalid, false
	case sqlite3.SQLITE_CONSTRAINT:
		return errors.Conflict, false
	case sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED:
		return errors.Unavailable, true
	case sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM, sqlite3.SQLITE_AUTH:
		return errors.PermissionDenied, false
	case sqlite3.SQLITE_CANTOPEN:
		return errors.Unavailable, false
	case sqlite3.SQLITE_INTERRUPT:
		return errors.Canceled, false
	}
	return errors.Internal, false
}
