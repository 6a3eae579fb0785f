-- utf8.codes iterates over positions and code points.
for p, c in utf8.codes("a\xC3\xA4\xE2\x82\xAC\xF0\x9F\x98\x80z") do
  print(p, c)
end
for p, c in utf8.codes("") do print("never", p, c) end
local n = 0
for p, c in utf8.codes("\0\0\0") do n = n + 1; assert(c == 0) end
print(n)
-- surrogates and U+10FFFF are accepted
for p, c in utf8.codes("\xED\xA0\x80\xF4\x8F\xBF\xBF") do print(p, c) end
-- numbers are strings
for p, c in utf8.codes(42) do print(p, c) end
-- what codes returns
local f, s, i = utf8.codes("xy")
print(type(f), s, i)
print(f(s, i))
print(f(s, 1))
print(f(s, 2))
-- the same iterator function every time
print(select(1, utf8.codes("a")) == select(1, utf8.codes("b")))
-- a long string
local t = {}
for i = 1, 1000 do t[i] = utf8.char(i * 37 % 0x10FFFF) end
local long = table.concat(t)
local count, sum = 0, 0
for p, c in utf8.codes(long) do count = count + 1; sum = sum + c end
print(count, sum)
