-- Introspection: kind, name, fields, field, elem, key, val, inner,
-- variants, params, ret, literal.
type User = {name: string, age?: integer, tags: {string}}
type Scores = {[string]: number}
type Pick = "a" | "b" | number
type Handler = (req: {path: string}, n: number) -> (boolean, string?)

print(User:kind(), User:name())
for name, t, optional in User:fields() do
  print("", name, t, optional, t:kind())
end
print(User:field("tags"), User:field("tags"):elem(), User:field("missing"))
-- T.name is a method; T.other is a field.
print(User.tags, User.tags == User:field("tags"), type(User.name))
print(User.nothing)

print(Scores:kind(), Scores:key(), Scores:val())
print(User.tags:kind(), User.tags:elem():kind())

print(Pick:kind(), #Pick:variants())
for i, v in ipairs(Pick:variants()) do
  print("", i, v, v:kind(), v:kind() == "literal" and v:literal() or "-")
end

type OptName = string?
-- string is a library table, so == with a type value is false; <= works.
print(OptName:kind(), OptName:inner(), OptName:inner() == string, OptName:inner() <= string)

print(Handler:kind())
for i, p in ipairs(Handler:params()) do print("", i, p) end
print(Handler:ret())
print(select("#", Handler:ret()))

-- Names: aliases have theirs, built-in types their keyword, others none.
print(number:name(), integer:name(), any:name(), string:name(), table:name())
print(Scores:name(), User.tags:name(), OptName:inner():name())
type Box<T> = {value: T}
type NumBox = {b: Box<number>}
print(Box:name(), Box, Box:field("value"):kind(), NumBox:field("b"), NumBox:field("b"):name())

-- A method asked of the wrong kind of type is an error.
print(pcall(function() return User:elem() end))
print(pcall(function() return number:fields() end))
print(pcall(function() return Scores:inner() end))
print(pcall(function() return Pick:params() end))
print(pcall(function() return Handler:literal() end))
print(pcall(function() return (function() end and number):variants() end))
