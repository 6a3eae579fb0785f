local x = 
return x +
