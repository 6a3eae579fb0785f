-- With captures, gmatch returns them instead of the whole match.
for k, v in string.gmatch("a=1, b=2, c=3", "(%w+)=(%w+)") do print(k, v) end
for p, w, q in string.gmatch("one two", "()(%a+)()") do print(p, w, q) end
for a in string.gmatch("abab", "(a)b") do print(a) end
for a, b in string.gmatch("x1y2z", "(%a)(%d?)") do print(a, "[" .. b .. "]") end
for q, s in string.gmatch([["x" 'y' "z']], "([\"'])(.-)%1") do print(q, s) end
