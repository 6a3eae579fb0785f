-- packsize adds up fixed sizes, with alignment.
for _, f in ipairs({ "", "b", "h", "i", "l", "j", "T", "f", "d", "n", "i3", "I16", "c10", "x", "bhi", "!8 bd", "!bh",
  "< > = b", "!4 i3", "c0", "  ", "Xb", "bXb" }) do
  local ok, n = pcall(string.packsize, f)
  print("[" .. f .. "]", ok, n)
end
print(pcall(string.packsize, "s4"))
print(pcall(string.packsize, "z"))
print(pcall(string.packsize, "c2147483647"))
print(pcall(string.packsize, "c2147483640"))
print(pcall(string.packsize, "c2000000000c2000000000"))
print(pcall(string.packsize, "c1073741824c1073741823"))
print(pcall(string.packsize, "c1073741824c1073741824"))
print(pcall(string.packsize))
print(string.packsize(" i4 "), string.packsize("i4\0i4"))
