-- covers: # on proper sequences (unique border), growth and shrink
local t = {}
print(#t)
for i = 1, 10 do t[i] = i * i end
print(#t, t[#t])
t[#t + 1] = "next"
print(#t, t[11])
t[#t] = nil
print(#t)
while #t > 3 do t[#t] = nil end
print(#t, t[1], t[2], t[3], t[4])
local one = {"x"}
one[1] = nil
print(#one)
local s = {n = 5, 1, 2, 3}
print(#s)
local big = {}
for i = 1, 1000 do big[i] = true end
print(#big)
for i = 1000, 501, -1 do big[i] = nil end
print(#big)
local str = {"a", "b", "c", "d", "e"}
local rev = {}
for i = #str, 1, -1 do rev[#rev + 1] = str[i] end
print(rev[1], rev[2], rev[3], rev[4], rev[5], #rev)
-- insertion in the middle by shifting
local seq = {1, 2, 4, 5}
for i = #seq, 3, -1 do seq[i + 1] = seq[i] end
seq[3] = 3
print(#seq, seq[1], seq[2], seq[3], seq[4], seq[5])
-- removal from the front by shifting
for i = 1, #seq - 1 do seq[i] = seq[i + 1] end
seq[#seq] = nil
print(#seq, seq[1], seq[4])
-- keys of float type with integral values extend the sequence
local f = {}
f[1.0] = "a"; f[2.0] = "b"; f[3] = "c"
print(#f)
print(#{1, 2, 3, nil}, #{nil}, #{n = 1})
