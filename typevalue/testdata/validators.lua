-- Validators: @min, @max, @min_len, @max_len, @pattern, wherever a type goes.
local function check(T, v)
  local r, err = T:is(v)
  if err then print("fail", err:message()) else print("ok", type(r) == "table" and "table" or r) end
end

type Age = integer @min(0) @max(150)
check(Age, 0)
check(Age, 150)
check(Age, -1)
check(Age, 151)
check(Age, 20.5)

type Ratio = number @min(0.5) @max(1)
check(Ratio, 0.75)
check(Ratio, 0.25)
check(Ratio, 0 / 0)

-- Lengths: strings count bytes, arrays their items.
type Code = string @min_len(2) @max_len(4)
check(Code, "ab")
check(Code, "a")
check(Code, "abcde")
check(Code, "\u{e9}\u{e9}")
type Few = {number} @min_len(1) @max_len(2)
check(Few, {1})
check(Few, {})
check(Few, {1, 2, 3})

-- Patterns are found like string.find finds them; ^ and $ anchor.
type Word = string @pattern("^%a+$")
check(Word, "hello")
check(Word, "hello world")
type HasDigit = string @pattern("%d")
check(HasDigit, "abc1")
check(HasDigit, "abc")
type Broken = string @pattern("[a")
check(Broken, "a")

-- On record fields, array elements and union members.
type Signup = {
  name: string @min_len(1),
  email: string @pattern("^[^@]+@[^@]+$"),
  age?: integer @min(13),
  tags: {string @max_len(3)},
}
check(Signup, {name = "ann", email = "a@b.c", tags = {"x"}})
check(Signup, {name = "", email = "a@b.c", tags = {}})
check(Signup, {name = "ann", email = "nope", tags = {}})
check(Signup, {name = "ann", email = "a@b", age = 12, tags = {}})
check(Signup, {name = "ann", email = "a@b", tags = {"abc", "abcd"}})
type Port = (integer @min(1) @max(65535)) | "auto"
check(Port, 8080)
check(Port, 0)
check(Port, "auto")

-- any with validators still checks them: a string has no minimum.
type Positive = any @min(1)
check(Positive, 5)
check(Positive, "5")

-- The optional wrapper does not hide a validator's message.
type MaybeShort = (string @max_len(2))?
check(MaybeShort, nil)
check(MaybeShort, "abc")
