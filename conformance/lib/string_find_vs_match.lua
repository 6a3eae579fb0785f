-- find and match share the matcher: same successes, different results.
local cases = {
  { "hello world", "o w" }, { "hello", "l+" }, { "hello", "(l+)" }, { "abc", "" }, { "abc", "()" },
  { "abc", "x" }, { "a.b", "." }, { "key=val", "(%w+)=(%w+)" }, { "  x", "^%s*" }, { "x", "$" },
}
for _, c in ipairs(cases) do
  print(c[1], c[2], "|", string.find(c[1], c[2]))
  print(c[1], c[2], "|", string.match(c[1], c[2]))
end
