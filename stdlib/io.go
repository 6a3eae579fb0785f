package stdlib

import "wippylua/vm"

// openIO installs the io library.
func openIO(s *vm.State, loaded *vm.Table, p Profile) {}
