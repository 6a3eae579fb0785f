-- covers: string escape sequences in short strings
print("tab:[\t] quote:[\"] apos:[\'] backslash:[\\]")
print('single \'quoted\' "double"')
print("\65\66\67", "\065\066", "\x41\x42\x61", "\x7A\x7a")
print("\u{48}\u{49}", #"\u{7FF}", #"\u{800}", #"\u{FFFF}", #"\u{10000}", #"\u{10FFFF}")
print(#"\u{0}", "\u{41}" == "A", "\u{041}" == "A")
print("a\z
       b", "c\z   d")
print("line1\nline2")
print("cont\
inued")
print(#"\0", #"a\0b", #"\a\b\f\n\r\t\v", #"\\", #"\"")
print("\97\98\99" == "abc", "\1000" == "d0", "\0499" == "19")
print("\x00" == "\0", "\255" == "\xff", #"\255")
print(#"", #" ", #"12345")
local s = "x\ty"
print(s, #s)
print("a" .. "\n" .. "b")
print("\u{E9}" == "\xC3\xA9", "\u{20AC}" == "\xE2\x82\xAC")
-- escapes produce single bytes that compare like any others
print("\65" < "\66", "\n" < " ", #"\z
      ", "a\
b" == "a\nb")
