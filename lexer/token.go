package lexer

import "fmt"

// Kind identifies the kind of a token.
type Kind uint8

// Token kinds. Single-character punctuation and operators have their own
// kinds so that the parser never has to compare strings.
const (
	EOF Kind = iota

	// Literals and names.
	Name   // identifier (also the contextual words type, export, as, typeof)
	Int    // integer numeral that fits in int64 (Token.Int)
	Float  // float numeral, or a decimal integer numeral that overflowed (Token.Float)
	String // short or long string literal (Token.Str holds the decoded bytes)

	// Reserved words of Lua 5.3.
	And
	Break
	Do
	Else
	Elseif
	End
	False
	For
	Function
	Goto
	If
	In
	Local
	Nil
	Not
	Or
	Repeat
	Return
	Then
	True
	Until
	While

	// Operators and punctuation of Lua 5.3.
	Plus        // +
	Minus       // -
	Star        // *
	Slash       // /
	DoubleSlash // //
	Percent     // %
	Caret       // ^
	Hash        // #
	Amp         // &
	Tilde       // ~
	Pipe        // |
	Shl         // <<
	Shr         // >>
	Eq          // ==
	Ne          // ~=
	Le          // <=
	Ge          // >=
	Lt          // <
	Gt          // >
	Assign      // =
	LParen      // (
	RParen      // )
	LBrace      // {
	RBrace      // }
	LBracket    // [
	RBracket    // ]
	DoubleColon // ::
	Semicolon   // ;
	Colon       // :
	Comma       // ,
	Dot         // .
	Concat      // ..
	Ellipsis    // ...

	// Tokens of the type syntax (spec/types.md). Plain Lua never produces a
	// valid program containing them, so recognising them in the lexer does
	// not change how untyped programs parse; the parser reports them as
	// "unexpected symbol" where types are not allowed.
	Arrow    // ->
	Question // ?
	Bang     // !
	At       // @

	numKinds
)

var kindNames = [...]string{
	EOF:    "<eof>",
	Name:   "<name>",
	Int:    "<integer>",
	Float:  "<number>",
	String: "<string>",

	And: "and", Break: "break", Do: "do", Else: "else", Elseif: "elseif",
	End: "end", False: "false", For: "for", Function: "function", Goto: "goto",
	If: "if", In: "in", Local: "local", Nil: "nil", Not: "not", Or: "or",
	Repeat: "repeat", Return: "return", Then: "then", True: "true",
	Until: "until", While: "while",

	Plus: "+", Minus: "-", Star: "*", Slash: "/", DoubleSlash: "//",
	Percent: "%", Caret: "^", Hash: "#", Amp: "&", Tilde: "~", Pipe: "|",
	Shl: "<<", Shr: ">>", Eq: "==", Ne: "~=", Le: "<=", Ge: ">=", Lt: "<",
	Gt: ">", Assign: "=", LParen: "(", RParen: ")", LBrace: "{", RBrace: "}",
	LBracket: "[", RBracket: "]", DoubleColon: "::", Semicolon: ";",
	Colon: ":", Comma: ",", Dot: ".", Concat: "..", Ellipsis: "...",

	Arrow: "->", Question: "?", Bang: "!", At: "@",
}

// String returns the source spelling of fixed tokens and a placeholder such
// as "<name>" for tokens that carry a value.
func (k Kind) String() string {
	if int(k) < len(kindNames) && kindNames[k] != "" {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", uint8(k))
}

// Keywords maps each reserved word to its kind.
var Keywords = map[string]Kind{
	"and": And, "break": Break, "do": Do, "else": Else, "elseif": Elseif,
	"end": End, "false": False, "for": For, "function": Function, "goto": Goto,
	"if": If, "in": In, "local": Local, "nil": Nil, "not": Not, "or": Or,
	"repeat": Repeat, "return": Return, "then": Then, "true": True,
	"until": Until, "while": While,
}

// Pos is a position in a source file. Line and Column start at 1; Column
// counts bytes.
type Pos struct {
	Line   int
	Column int
}

func (p Pos) String() string { return fmt.Sprintf("%d:%d", p.Line, p.Column) }

// Token is one lexical token.
type Token struct {
	Kind  Kind
	Pos   Pos     // position of the first byte
	Raw   string  // the token's source text, used in "near '...'" messages
	Str   string  // decoded value of Name and String tokens
	Int   int64   // value of Int tokens
	Float float64 // value of Float tokens
}
