-- utf8.len returns nil and the position of the first byte that does not
-- start a valid sequence (lua5.3 rules: no overlong forms, at most four
-- bytes, at most U+10FFFF, surrogates allowed).
local cases = {
  {"lone continuation", "a\x80b"},
  {"truncated 2", "ab\xC3"},
  {"truncated 3", "\xE2\x82"},
  {"truncated 4", "x\xF0\x9F\x98"},
  {"bad continuation", "\xC3\x28"},
  {"overlong 2", "\xC0\x80"},
  {"overlong 2b", "\xC1\xBF"},
  {"overlong 3", "\xE0\x80\x80"},
  {"overlong 3b", "\xE0\x9F\xBF"},
  {"overlong 4", "\xF0\x80\x80\x80"},
  {"overlong 4b", "\xF0\x8F\xBF\xBF"},
  {"smallest 2", "\xC2\x80"},
  {"smallest 3", "\xE0\xA0\x80"},
  {"smallest 4", "\xF0\x90\x80\x80"},
  {"largest", "\xF4\x8F\xBF\xBF"},
  {"too large", "\xF4\x90\x80\x80"},
  {"F5", "\xF5\x80\x80\x80"},
  {"F7", "\xF7\xBF\xBF\xBF"},
  {"five bytes", "\xF8\x88\x80\x80\x80"},
  {"six bytes", "\xFC\x84\x80\x80\x80\x80"},
  {"FE", "\xFE"},
  {"FF", "\xFF"},
  {"surrogate high", "\xED\xA0\x80"},
  {"surrogate low", "\xED\xBF\xBF"},
  {"nul", "a\0b"},
  {"after valid", "\xC3\xA4\xE2\x82\xAC\xFFz"},
  {"two bad", "\x80\x80"},
}
for _, c in ipairs(cases) do
  print(c[1], utf8.len(c[2]))
end
-- the invalid byte is only found when it starts a character in range
print(utf8.len("ab\xFF", 1, 2), utf8.len("ab\xFF", 3), utf8.len("\xC3\xA4", 2, 2))
