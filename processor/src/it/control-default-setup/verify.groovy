// Control: without the recommended settings, the second compile is skipped and the models are stale.
def generated = new File(basedir, 'target/generated-sources/annotations/com/example/it/Thing.java')
def text = generated.getText('UTF-8')
assert text.contains('A thing, version one.') : "expected the stale first version:\n${text}"
assert !text.contains('addedColumn')
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Nothing to compile') : 'expected maven-compiler-plugin to skip compilation'
return true
