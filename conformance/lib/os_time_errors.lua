-- Error messages of os.time.
local function try(t)
  local ok, err = pcall(os.time, t)
  print(ok, err)
end
try{}
try{year = 2000}
try{year = 2000, month = 1}
try{month = 1, day = 1}
try{year = 2000, month = 1, day = "x"}
try{year = 2000, month = 1, day = 1.5}
try{year = 2000, month = 1, day = {}}
try{year = 2000, month = 1, day = 1, hour = true}
try{year = 2000, month = 1, day = 1, min = "1.5"}
try{year = 2000, month = 1, day = 2^31}
try{year = 2000, month = 1, day = -2^31}
try{year = 2000, month = 1073741824, day = 1}
print(os.time{year = 2000, month = 1, day = 1, sec = 1073741823} - os.time{year = 2000, month = 1, day = 1})
try{year = 1073741823 + 1900, month = 1, day = 1}
try{year = 2^31, month = 1, day = 1}
print(pcall(os.time, 5))
print(pcall(os.time, "x"))
-- the fields are read in order sec, min, hour, day, month, year
try{year = "a", month = "b", day = "c", hour = "d", min = "e", sec = "f"}
try{year = "a", month = "b", day = "c"}
