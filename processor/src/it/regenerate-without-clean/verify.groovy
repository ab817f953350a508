// After compile, schema edit, compile (no clean): the models must come from the edited schema.
def generated = new File(basedir, 'target/generated-sources/annotations/com/example/it/Thing.java')
assert generated.isFile() : "no generated record at ${generated}"
def text = generated.getText('UTF-8')
assert text.contains('A thing, version two.') : "the record was not regenerated:\n${text}"
assert text.contains('long addedColumn') : "the added column is missing:\n${text}"

def parser = new File(basedir, 'target/generated-sources/annotations/com/example/it/ThingParser.java')
assert parser.getText('UTF-8').contains('"added_column"')

// and the class files were rebuilt from it, not left over from the first compile
def record = new File(basedir, 'target/classes/com/example/it/Thing.class')
assert record.isFile()
assert new String(record.bytes, 'ISO-8859-1').contains('addedColumn') : 'Thing.class is stale'

// the registry is registered for ServiceLoader, once, after a rebuild into the same target/classes
def services = new File(basedir, 'target/classes/META-INF/services/dev.reportgen.runtime.ReportCatalog')
assert services.isFile() : "no service file at ${services}"
def lines = services.readLines('UTF-8').findAll { !it.startsWith('#') }
assert lines == ['com.example.it.ItReports'] : "service file lists ${lines}"

def log = new File(basedir, 'build.log').getText('UTF-8')
assert !log.contains('Nothing to compile') : 'the last compile skipped compilation'
return true
