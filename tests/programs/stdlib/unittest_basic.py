# unittest: a TestCase run by TextTestRunner (passes, failures with diffs, errors, skips, expected
# failures, subtests, assertRaises, setUp/tearDown order), and the result object's counts.
import io
import re
import unittest

log = []

class Arith(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('setUpClass')
    def setUp(self):
        log.append('setUp ' + self._testMethodName)
    def tearDown(self):
        log.append('tearDown')
    def test_add(self):
        self.assertEqual(1 + 1, 2)
        self.assertTrue(isinstance(3, int))
        self.assertIn(2, [1, 2])
        self.assertIsNone(None)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
    def test_list_diff(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])
    def test_dict_diff(self):
        self.assertDictEqual({'a': 1, 'b': 2}, {'a': 1, 'b': 3})
    def test_error(self):
        {}['missing']
    @unittest.skip('not today')
    def test_skipped(self):
        pass
    @unittest.expectedFailure
    def test_xfail(self):
        self.assertEqual('a', 'b')
    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertLess(i, 2)
    def test_raises(self):
        with self.assertRaises(ZeroDivisionError):
            1 / 0
        with self.assertRaisesRegex(ValueError, 'invalid literal'):
            int('x')
        self.assertRaises(TypeError, len, 5)
    def test_str_diff(self):
        self.assertMultiLineEqual('one\ntwo\nthree\n', 'one\n2\nthree\n')

class Other(unittest.TestCase):
    def test_ok(self):
        self.assertGreater(3, 2)

stream = io.StringIO()
suite = unittest.TestSuite()
loader = unittest.TestLoader()
suite.addTests(loader.loadTestsFromTestCase(Arith))
suite.addTests(loader.loadTestsFromTestCase(Other))
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
text = re.sub(r'Ran (\d+) tests? in [\d.]+s', r'Ran \1 tests', stream.getvalue())
text = re.sub(r'File ".*?([^/"]+)", line', r'File "\1", line', text)
print(text)
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped), len(result.expectedFailures),
      result.wasSuccessful())
print(log)
print(loader.getTestCaseNames(Arith))
