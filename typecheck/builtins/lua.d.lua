-- Declarations of the Lua 5.3 standard library, in the annotation syntax.
--
-- `local name: T` declares the global `name`; `export type` names are
-- visible to checked programs, plain `type` names only to these files.
-- Parameters are declared number where Lua also takes a float with an
-- integral value; strings and numbers convert into each other as Lua does
-- (the checker lets a number through where a library wants a string, and
-- a numeric string literal where it wants a number).

export type LuaType = "nil" | "number" | "string" | "boolean" | "table" | "function" | "thread" | "userdata"

type Iterator<K, V> = ((any, K?) -> (K?, V))

local print: (...any) -> ()
local type: (v: any) -> LuaType
local tostring: (v: any) -> string
local tonumber: ((v: any, base: nil) -> number?) & ((v: string | number, base: number) -> integer?)
local rawequal: (a: any, b: any) -> boolean
local rawlen: (v: table | string) -> integer
local rawget: (t: table, k: any) -> any
local rawset: <T: table>(t: T, k: any, v: any) -> T
local setmetatable: <T: table>(t: T, mt: table?) -> T
local getmetatable: (v: any) -> any
local assert: <T>(v: T?, message: any?, ...any) -> (T, ...any)
local error: (message: any?, level: number?) -> never
local pcall: (f: any, ...any) -> (boolean, ...any)
local xpcall: (f: any, handler: (any) -> any, ...any) -> (boolean, ...any)
local select: (n: number | "#", ...any) -> (...any)
local next: <K, V>(t: {[K]: V}, k: K?) -> (K?, V)
local pairs: <K, V>(t: {[K]: V}) -> (Iterator<K, V>, {[K]: V}, nil)
local ipairs: <V>(t: {V}) -> ((({V}, integer) -> (integer?, V)), {V}, integer)
local unpack: <V>(t: {V}, i: number?, j: number?) -> (...V)
local load: (chunk: string | (() -> string?), chunkname: string?, mode: string?, env: table?) -> (((...any) -> (...any))?, string?)
local loadstring: (chunk: string, chunkname: string?) -> (((...any) -> (...any))?, string?)
local loadfile: (filename: string?, mode: string?, env: table?) -> (((...any) -> (...any))?, string?)
local dofile: (filename: string?) -> (...any)
local require: (name: string) -> any
local collectgarbage: (opt: string?, arg: number?) -> any
local _G: {[string]: any}
local _VERSION: string
local _ENV: {[string]: any}

type StringLib = {
	byte: (s: string, i: number?, j: number?) -> (...integer),
	char: (...number) -> string,
	dump: (f: function, strip: boolean?) -> string,
	find: (s: string, pattern: string, init: number?, plain: boolean?) -> (integer?, integer?, ...any),
	format: (fmt: string, ...any) -> string,
	gmatch: (s: string, pattern: string) -> (() -> (...any)),
	gsub: (s: string, pattern: string, repl: string | table | ((...any) -> any), n: number?) -> (string, integer),
	len: (s: string) -> integer,
	lower: (s: string) -> string,
	match: (s: string, pattern: string, init: number?) -> (...any),
	pack: (fmt: string, ...any) -> string,
	packsize: (fmt: string) -> integer,
	rep: (s: string, n: number, sep: string?) -> string,
	reverse: (s: string) -> string,
	sub: (s: string, i: number, j: number?) -> string,
	unpack: (fmt: string, s: string, pos: number?) -> (...any),
	upper: (s: string) -> string,
}
local string: StringLib

local table: {
	concat: <V: string | number>(list: {V}, sep: string?, i: number?, j: number?) -> string,
	insert: (<V>(list: {V}, value: V) -> ()) & (<V>(list: {V}, pos: number, value: V) -> ()),
	move: <V>(a1: {V}, f: number, e: number, t: number, a2: {V}?) -> {V},
	pack: (...any) -> table,
	remove: <V>(list: {V}, pos: number?) -> V?,
	sort: <V>(list: {V}, comp: ((V, V) -> boolean)?) -> (),
	unpack: <V>(list: {V}, i: number?, j: number?) -> (...V),
}

local math: {
	abs: <T: number>(x: T) -> T,
	ceil: (x: number) -> integer,
	floor: (x: number) -> integer,
	fmod: <T: number>(x: T, y: T) -> T,
	modf: (x: number) -> (number, number),
	sqrt: (x: number) -> number,
	exp: (x: number) -> number,
	log: (x: number, base: number?) -> number,
	sin: (x: number) -> number,
	cos: (x: number) -> number,
	tan: (x: number) -> number,
	asin: (x: number) -> number,
	acos: (x: number) -> number,
	atan: (y: number, x: number?) -> number,
	atan2: (y: number, x: number?) -> number,
	deg: (x: number) -> number,
	rad: (x: number) -> number,
	max: <T: number>(x: T, ...T) -> T,
	min: <T: number>(x: T, ...T) -> T,
	random: (m: number?, n: number?) -> number,
	randomseed: (x: number?) -> (),
	tointeger: (x: any) -> integer?,
	type: (x: any) -> ("integer" | "float")?,
	ult: (m: number, n: number) -> boolean,
	pow: (x: number, y: number) -> number,
	ldexp: (m: number, e: number) -> number,
	frexp: (x: number) -> (number, integer),
	cosh: (x: number) -> number,
	sinh: (x: number) -> number,
	tanh: (x: number) -> number,
	log10: (x: number) -> number,
	pi: number,
	huge: number,
	maxinteger: integer,
	mininteger: integer,
}

local os: {
	time: (t: {year: number, month: number, day: number, hour?: number, min?: number, sec?: number, isdst?: boolean}?) -> integer,
	date: (format: string?, time: number?) -> any,
	clock: () -> number,
	difftime: (t2: number, t1: number?) -> number,
	getenv: (name: string) -> string?,
	exit: (code: (boolean | number)?, close: boolean?) -> never,
	remove: (filename: string) -> (boolean?, string?, integer?),
	rename: (oldname: string, newname: string) -> (boolean?, string?, integer?),
	tmpname: () -> string,
	execute: (command: string?) -> (boolean?, string?, integer?),
	setlocale: (locale: string?, category: string?) -> string?,
	platform: string,
}

type File = {
	close: (self: File) -> (boolean?, string?, integer?),
	flush: (self: File) -> (),
	lines: (self: File, ...any) -> (() -> (...any)),
	read: (self: File, ...any) -> (...any),
	seek: (self: File, whence: string?, offset: number?) -> (integer?, string?),
	setvbuf: (self: File, mode: string, size: number?) -> boolean,
	write: (self: File, ...(string | number)) -> (File?, string?),
}

local io: {
	close: (file: File?) -> (boolean?, string?, integer?),
	flush: () -> (),
	input: (file: (string | File)?) -> File,
	lines: (filename: string?, ...any) -> (() -> (...any)),
	open: (filename: string, mode: string?) -> (File?, string?, integer?),
	output: (file: (string | File)?) -> File,
	popen: (prog: string, mode: string?) -> (File?, string?),
	read: (...any) -> (...any),
	tmpfile: () -> File,
	type: (obj: any) -> ("file" | "closed file")?,
	write: (...(string | number)) -> (File?, string?),
	stdin: File,
	stdout: File,
	stderr: File,
}

local utf8: {
	char: (...number) -> string,
	charpattern: string,
	codes: (s: string) -> (((string, integer) -> (integer?, integer)), string, integer),
	codepoint: (s: string, i: number?, j: number?) -> (...integer),
	len: (s: string, i: number?, j: number?) -> (integer?, integer?),
	offset: (s: string, n: number, i: number?) -> integer?,
}

local coroutine: {
	create: (f: (...any) -> (...any)) -> thread,
	isyieldable: () -> boolean,
	resume: (co: thread, ...any) -> (boolean, ...any),
	running: () -> (thread, boolean),
	status: (co: thread) -> "suspended" | "running" | "normal" | "dead",
	wrap: (f: (...any) -> (...any)) -> ((...any) -> (...any)),
	yield: (...any) -> (...any),
	spawn: (f: (...any) -> (...any), ...any) -> (),
}

local debug: {
	debug: () -> (),
	gethook: () -> (...any),
	getinfo: (...any) -> {[string]: any}?,
	getlocal: (...any) -> (...any),
	getmetatable: (v: any) -> table?,
	getregistry: () -> table,
	getupvalue: (f: function, up: number) -> (...any),
	getuservalue: (u: any) -> any,
	sethook: (...any) -> (),
	setlocal: (...any) -> string?,
	setmetatable: <T>(v: T, mt: table?) -> T,
	setupvalue: (f: function, up: number, value: any) -> string?,
	setuservalue: (udata: any, value: any) -> any,
	traceback: (...any) -> any,
	upvalueid: (f: function, n: number) -> any,
	upvaluejoin: (f1: function, n1: number, f2: function, n2: number) -> (),
}

local package: {
	config: string,
	cpath: string,
	loaded: {[string]: any},
	loadlib: (libname: string, funcname: string) -> any,
	path: string,
	preload: {[string]: any},
	searchers: {any},
	searchpath: (name: string, path: string, sep: string?, rep: string?) -> (string?, string?),
}
