-- Only the C locale exists.
print(os.setlocale())
print(os.setlocale(nil, "numeric"))
print(os.setlocale("C"))
print(os.setlocale("POSIX"))
print(os.setlocale("C", "time"))
print(os.setlocale("xx_NOT_A_LOCALE"))
print(os.setlocale("xx_NOT_A_LOCALE", "ctype"))
for _, cat in ipairs{"all", "collate", "ctype", "monetary", "numeric", "time"} do
  io.write(cat, "=", tostring(os.setlocale(nil, cat)), " ")
end
print()
print(pcall(os.setlocale, "C", "bogus"))
print(pcall(os.setlocale, {}))
print(os.setlocale())
