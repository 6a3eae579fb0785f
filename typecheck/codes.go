package typecheck

// Code identifies the kind of a diagnostic. Codes are stable: tools and
// tests match on them, so a code is never renamed or reused.
type Code string

// The diagnostic codes.
const (
	// SyntaxError: the file does not parse (reported by tools that parse
	// before checking).
	SyntaxError Code = "SYNTAX_ERROR"
	// AppError: an app directory that cannot be loaded (a bad
	// _index.yaml, a missing source...), reported by tools that load apps
	// before checking them.
	AppError Code = "APP_ERROR"
	// ModuleNotAllowed: require of a module that the app entry being
	// checked does not list in its modules or imports, which fails at
	// run time (see Config.Allowed).
	ModuleNotAllowed Code = "MODULE_NOT_ALLOWED"
	// TypeMismatch: a value's type is not assignable to the type expected
	// where it is used (annotated local, parameter, field, result...).
	TypeMismatch Code = "TYPE_MISMATCH"
	// UnknownType: a type name that is not declared.
	UnknownType Code = "UNKNOWN_TYPE"
	// TypeArgs: a wrong number of type arguments, or arguments that do not
	// satisfy an alias's constraints.
	TypeArgs Code = "TYPE_ARGS"
	// BadValidator: an unknown validator, or a wrong argument or target.
	BadValidator Code = "BAD_VALIDATOR"
	// RecursiveAlias: an alias that is its own definition with no table or
	// function type in between.
	RecursiveAlias Code = "RECURSIVE_ALIAS"
	// DuplicateField: a field declared twice in one record type.
	DuplicateField Code = "DUPLICATE_FIELD"
	// BadVariadic: `...T` outside the end of a result list.
	BadVariadic Code = "BAD_VARIADIC"
	// DuplicateType: two aliases with one name in the same block.
	DuplicateType Code = "DUPLICATE_TYPE"
	// Validation: a literal that the validators of its expected type
	// reject (`local port: integer @min(1) = 0`).
	Validation Code = "VALIDATION"
	// UndefinedField: a field or method that the value's type does not
	// have (a closed record, a string method, a library function).
	UndefinedField Code = "UNDEFINED_FIELD"
	// ReadonlyField: an assignment to a field declared readonly
	// (`{readonly id: integer}`).
	ReadonlyField Code = "READONLY_FIELD"
	// MissingField: a table constructor lacks a required field of the
	// expected record type.
	MissingField Code = "MISSING_FIELD"
	// NilAccess: a value that is or may be nil is indexed, called, or used
	// as an operand.
	NilAccess Code = "NIL_ACCESS"
	// NotIndexable: indexing a value that cannot be indexed (number,
	// boolean, function).
	NotIndexable Code = "NOT_INDEXABLE"
	// NotCallable: calling a value that cannot be called.
	NotCallable Code = "NOT_CALLABLE"
	// ArgCount: too many or too few arguments for a function's
	// parameters.
	ArgCount Code = "ARG_COUNT"
	// ReturnCount: a return statement with a different number of values
	// than the function's declared results.
	ReturnCount Code = "RETURN_COUNT"
	// BadOperand: an operator applied to values it cannot take
	// (arithmetic on a boolean, comparing a number with a string...).
	BadOperand Code = "BAD_OPERAND"
	// BadFormat: a literal format string of string.format that the
	// library rejects (an unknown conversion, repeated flags...).
	BadFormat Code = "BAD_FORMAT"
	// BadCast: a cast between types that have no value in common.
	BadCast Code = "BAD_CAST"
	// GenericConstraint: an inferred type argument of a generic function
	// does not satisfy its parameter's constraint.
	GenericConstraint Code = "GENERIC_CONSTRAINT"
	// UnknownUse: a value of type unknown used as something concrete
	// before it is narrowed.
	UnknownUse Code = "UNKNOWN_USE"
	// Unreachable: code after a statement that never completes (a return
	// inside a block, error(), an infinite loop). A warning.
	Unreachable Code = "UNREACHABLE"
	// RedundantNonNil: `e!` on a value that cannot be nil. A warning.
	RedundantNonNil Code = "REDUNDANT_NONNIL"
)

// Severities.
const (
	SeverityError   = "error"
	SeverityWarning = "warning"
)

// severityOf gives each code its severity.
func severityOf(c Code) string {
	switch c {
	case Unreachable, RedundantNonNil:
		return SeverityWarning
	}
	return SeverityError
}
