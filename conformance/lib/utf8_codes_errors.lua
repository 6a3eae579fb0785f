-- utf8.codes raises "invalid UTF-8 code" when it meets a bad sequence,
-- with the position of the loop.
local function run(s)
  local out = {}
  local ok, err = pcall(function()
    for p, c in utf8.codes(s) do out[#out + 1] = p .. "=" .. c end
  end)
  print(table.concat(out, " "), ok, err)
end
run("ab\xFF")
run("a\x80")
run("\xC3")
run("ok\xC3\xA4\x80")
run("\xE2\x82")
run("\xC0\x80")
run("\xF4\x90\x80\x80")
run("\xF8\x88\x80\x80\x80")
run("\x80")
run("a\xC3\xA4")
print(pcall(utf8.codes))
print(pcall(utf8.codes, nil))
print(pcall(utf8.codes, {}))
print(pcall(function() for _ in utf8.codes() do end end))
