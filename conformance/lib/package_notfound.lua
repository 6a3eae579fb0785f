-- The "module not found" message lists every place that was tried.
package.path = "./data/?.mod;./data/?/init.mod;;./data/x_?_y.mod"
package.cpath = "./data/?.so;./data/lib?.so"
print(pcall(require, "nothere"))
print(pcall(require, "no.such.mod"))
package.path = ""
package.cpath = ""
print(pcall(require, "nothere"))
package.path = ";;;"
print(pcall(require, "nothere"))
package.path = "./data/?.mod"
package.cpath = "?"
print(pcall(require, "a.b"))
