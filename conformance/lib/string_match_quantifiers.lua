-- Greedy '*' and '+', lazy '-', optional '?'.
local s = "<a><b><c>"
print(s:match("<.*>"), s:match("<.->"), s:match("<.+>"), s:match("<(.?)>"))
print(("aaab"):match("a*"), ("aaab"):match("a+"), ("aaab"):match("a-"), ("aaab"):match("a-b"), ("aaab"):match("a?a?b"))
print(("b"):match("a*b"), ("b"):match("a+b"), ("b"):match("a-b"), ("b"):match("a?b"))
print(("xyz"):match("x?y?z?"), ("xz"):match("x?y?z?"), ("z"):match("^x?y?z$"))
print(("aaa"):match("(a*)(a*)"), ("aaa"):match("(a-)(a*)"), ("aaa"):match("(a+)(a-)$"))
print(("12345"):match("(%d-)(%d)$"), ("12345"):match("(%d+)(%d)"), ("12345"):match("(%d?)(%d*)"))
print(("*+?-"):match("%*%+%?%-"), ("a+"):match("a%+"), ("a--"):match("a%-+"))
print(("ab"):match("*"), ("a*"):match("a*%*"), ("+x"):match("+x"), ("?"):match("?"))
print(string.gsub("one  two   three", " +", " "))
print(string.gsub("abc", "x*", "-"))
print(string.gsub("aaa", "a-", "-"))
