/**
 * cf-stub.js: installs the stub `CustomFunctions` global. playground.html loads it BEFORE
 * functions.js, whose generated `CustomFunctions.associate(...)` calls then register into it.
 */
import { createCustomFunctionsStub } from './custom-functions-stub';

(globalThis as Record<string, unknown>).CustomFunctions = createCustomFunctionsStub();
