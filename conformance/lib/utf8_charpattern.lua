-- utf8.charpattern is the pattern of one UTF-8 sequence.
local p = utf8.charpattern
print(#p, p == "[\0-\x7F\xC2-\xF4][\x80-\xBF]*")
-- it is not itself valid UTF-8: the first bad byte is the \xC2 of the range
print(utf8.len(p))
print(utf8.offset(p, 0, 5), utf8.len(p, 1, 4))
print(type(p))
-- it is a plain field
utf8.charpattern = "changed"
print(utf8.charpattern)
utf8.charpattern = p
print(utf8.charpattern == p)
