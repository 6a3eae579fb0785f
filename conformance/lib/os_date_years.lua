-- Years before 1000, before year 1, and far in the future: glibc writes
-- %Y %C %G in full with their sign, %y %g as two digits.
local day = 86400
local function jan1(y)
  local y1 = y - 1
  local days = 365 * (y - 1970) + (y1 // 4 - 1969 // 4) - (y1 // 100 - 1969 // 100) + (y1 // 400 - 1969 // 400)
  return days * day
end
for _, y in ipairs{-2000, -1000, -101, -100, -99, -10, -1, 0, 1, 5, 9, 10,
    99, 100, 999, 1000, 1582, 1900, 9999, 10000, 99999, 123456, 2000000} do
  print(y, os.date("!%Y|%C|%y|%G|%g|%F|%D|%c|%EC|%Ey|%EY", jan1(y) + 185 * day + 43200))
end
-- the extreme years a C int can hold (the last ones wrap around in glibc)
print(os.date("!%Y %m %d %H:%M:%S", 67768036191676799))
print(os.date("!%Y|%C|%y|%G|%g|%F|%c|%V", 67768036191676799 - 86400 * 365 * 1000))
print(os.date("!*t", 67767976241740799).year)
print(os.date("!%Y %m %d %H:%M:%S", -67768040609740800))
print(pcall(os.date, "!%Y", 67768036191676800))
print(pcall(os.date, "!%Y", -67768040609740801))
print(pcall(os.date, "!*t", 2^62))
print(pcall(os.date, "!*t", -2^63))
