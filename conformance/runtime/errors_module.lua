-- covers: the errors global: the eleven kinds (strings, also fields);
-- errors.new from a string and from a table; the methods; tostring (the
-- bare message for UNKNOWN, "KIND: message" otherwise); details are
-- copies; errors.wrap (keeps kind, retryable and details, adds context,
-- unwrap, nil stays nil, wrapping a plain string); errors.is by kind and
-- by identity along the chain; invalid kinds; an error value raised with
-- error() and caught intact by pcall; concatenation and equality
local kinds = {"UNKNOWN", "INVALID", "NOT_FOUND", "ALREADY_EXISTS", "PERMISSION_DENIED", "TIMEOUT",
  "CANCELED", "UNAVAILABLE", "INTERNAL", "CONFLICT", "RATE_LIMITED"}
local all = true
for _, k in ipairs(kinds) do all = all and errors[k] == k end
print("kinds", all)
local e1 = errors.new("plain")
print(type(e1), tostring(e1), e1:message(), e1:kind(), e1:retryable(), e1:details())
local e2 = errors.new{message = "no user", kind = errors.NOT_FOUND, retryable = true, details = {id = 7}}
print(tostring(e2), e2:kind(), e2:retryable(), e2:details().id)
local d = e2:details()
d.id = 8
print("details are copies:", e2:details().id)
local w = errors.wrap(e2, "loading profile")
print(tostring(w), w:kind(), w:retryable(), w:details().id, w:unwrap() == e2)
print(errors.is(w, errors.NOT_FOUND), errors.is(w, "TIMEOUT"), errors.is(w, e2), errors.is(e2, w), errors.is("text", "UNKNOWN"))
print(errors.wrap(nil, "ctx"))
local ws = errors.wrap("disk full", "saving")
print(tostring(ws), ws:kind(), tostring(ws:unwrap()))
print(pcall(function() return errors.is(e1, "NOPE") end))
print(pcall(function() return errors.new{message = "m", kind = "NOPE"} end))
local ok, caught = pcall(error, e2)
print(ok, caught == e2, caught:kind())
print("failed: " .. e2, e1 == errors.new("plain"), e1 == e1)
print(type(e1:stack()), e1:stack():match("^stack traceback:") ~= nil)
