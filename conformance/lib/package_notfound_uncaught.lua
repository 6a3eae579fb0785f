-- An uncaught require error ends the program.
package.path = "./data/?.mod"
package.cpath = ""
print("before")
require("missing_module")
print("not reached")
