from ui.launcher import run

run()
