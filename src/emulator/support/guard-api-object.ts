import { missingNodeError } from './plugin-errors'

/** What every guarded object reports to: the call counter and the closed-plugin check. */
export interface GuardHost {
  /** Throws once the plugin has closed, naming what was used (asked only then). */
  assertOpen(what: () => string): void
  /**
   * False while the plugin runs: the guard then skips `assertOpen` and the description it would be
   * handed, which every access would otherwise make. A host without it is asked on every access.
   */
  readonly closed?: boolean
  /** Counts a call or write by name; throws if a test armed a failure for it. */
  recordCall(name: string, kind?: 'call' | 'write'): void
  /** Counts a property read by name. */
  recordRead?(name: string): void
}

export interface GuardScope<S = undefined> {
  /** Prefix of counted names: '' for nodes and the API root, 'text.' for a text sublayer, 'ui.' ... */
  prefix: string
  /**
   * How messages name the object, e.g. 'STICKY node 1:2' or 'figma.ui', made from `subject`: one
   * function for all the nodes of a page, not a closure kept by each of their handles.
   */
  readonly describe: (subject: S) => string
  /** What `describe` is given (a node's record, say). */
  readonly subject?: S
  /** The node whose removal makes the object unusable, if any. */
  owner?: { readonly id: string; readonly removed: boolean }
}

/**
 * Names JavaScript itself asks of any value, which answer undefined rather than throw: `then`, which
 * awaiting a promise that resolves to a node reads (FigJam's own async look-ups resolve to nodes).
 */
const ASKED_OF_EVERY_OBJECT: ReadonlySet<string> = new Set(['then'])

/**
 * Reading a member the object does not have throws in Figma, whatever the reason: "node.X: no such
 * property 'X' on Y node", and in FigJam "figma.createPage no such property 'createPage' on the figma
 * global object" ([G] figma-use/references/gotchas.md, "no such property" errors;
 * figma-use-figjam/SKILL.md). A member FigJam has but the emulator does not model is refused the same
 * way: what it would answer is not known here.
 */
function noSuchPropertyError(prop: string, prefix: string, description: string): TypeError {
  return new TypeError(`${prefix}${prop}: no such property '${prop}' on ${description}`)
}

/** Counted names by prefix, then member ('text.' and 'characters': 'text.characters'), each made once. */
const countedNames = new Map<string, Map<string, string>>()

/** A crossing's counted name; a sublayer's member read on every sticky would otherwise make its name anew each time. */
function countedName(prefix: string, member: string): string {
  if (prefix === '') return member
  let names = countedNames.get(prefix)
  if (names === undefined) countedNames.set(prefix, (names = new Map()))
  let name = names.get(member)
  if (name === undefined) names.set(member, (name = prefix + member))
  return name
}

/** Members a removed node still answers: those of [T] RemovedNode (developers.figma.com/docs/plugins/api/RemovedNode), `removed`, `type` and `id`. */
const READABLE_AFTER_REMOVAL = new Set(['id', 'removed', 'type'])

/**
 * Wraps an API object (a node facade, a sublayer, `figma.ui`, ...) so that, as in Figma:
 * - only the object's API members exist: the getters, setters and methods on its class (own fields
 *   are internal state, and `#private` helpers are no members); reading anything else throws;
 * - every method call, property write and property read is counted by name (reads apart), and a
 *   test can make a call or write throw;
 * - nothing works after `closePlugin()`, and a removed node throws on access;
 * - writing a read-only or unknown property throws instead of silently doing nothing ([G] figma-use
 *   gotchas.md: "no setter for property", "object is not extensible").
 * Getters, setters and methods run against the unwrapped object.
 */
export function guardApiObject<T extends object, S = undefined>(target: T, host: GuardHost, scope: GuardScope<S>): T {
  return new Proxy(target, new ApiObjectGuard(target, host, scope as GuardScope<unknown>))
}

type Method = (...args: unknown[]) => unknown

/**
 * The traps of one guarded object, its state held in fields and the traps on the prototype: a big
 * board has two handles per sticky (the node and its text), and a literal of closures made each one
 * carry seven functions and their context besides, all of them touched on every property read. The
 * scope's fields are copied in, so a read touches the handler and not the scope as well.
 */
class ApiObjectGuard<T extends object> implements ProxyHandler<T> {
  private readonly prefix: string
  private readonly describe: (subject: unknown) => string
  private readonly subject: unknown
  private readonly owner: GuardScope['owner']
  /** Each method's wrapper, made when first asked for: the same function every time, as a member read twice is. */
  private methods: Map<string, Method> | undefined
  /**
   * The method asked for last and its wrapper: a reading asks each node for one method (its tag),
   * so the wrapper is found in the handler, which the read has touched already, not in its table.
   */
  private lastMethod: string | undefined = undefined
  private lastWrapper: Method | undefined = undefined

  constructor(
    private readonly target: T,
    private readonly host: GuardHost,
    scope: GuardScope<unknown>
  ) {
    this.prefix = scope.prefix
    this.describe = scope.describe
    this.subject = scope.subject
    this.owner = scope.owner
  }

  get(obj: T, prop: string | symbol): unknown {
    if (typeof prop === 'symbol') return Reflect.get(obj, prop)
    const descriptor = apiMember(obj, prop)
    if (descriptor === undefined) {
      if (ASKED_OF_EVERY_OBJECT.has(prop)) return undefined
      throw noSuchPropertyError(prop, this.prefix, this.description())
    }
    // Methods are checked when called, so an async one can report through its promise.
    if (typeof descriptor.value === 'function') return this.methodWrapper(prop, descriptor.value as Method)
    this.checkUsable(prop, 'read')
    this.host.recordRead?.(countedName(this.prefix, prop))
    // The getter runs against the object itself; `Reflect.get` would do the same and allocate on every read.
    return (obj as Record<string, unknown>)[prop]
  }

  set(obj: T, prop: string | symbol, value: unknown): boolean {
    const name = String(prop)
    const descriptor = typeof prop === 'symbol' ? undefined : apiMember(obj, prop)
    if (descriptor === undefined) {
      throw new TypeError(`Cannot add property ${name}, object is not extensible (${this.description()} has no property "${name}")`)
    }
    this.checkUsable(name, 'write')
    if (descriptor.set === undefined) throw new TypeError(`no setter for property "${name}" on ${this.description()}: it is read-only`)
    this.host.recordCall(countedName(this.prefix, name), 'write')
    descriptor.set.call(obj, value)
    return true
  }

  has(obj: T, prop: string | symbol): boolean {
    return typeof prop === 'symbol' ? Reflect.has(obj, prop) : apiMember(obj, prop) !== undefined
  }

  deleteProperty(_obj: T, prop: string | symbol): boolean {
    throw new TypeError(`Cannot delete property ${String(prop)} of ${this.description()}`)
  }

  defineProperty(_obj: T, prop: string | symbol): boolean {
    throw new TypeError(`Cannot define property ${String(prop)} on ${this.description()}`)
  }

  ownKeys(): ArrayLike<string | symbol> {
    return []
  }

  getOwnPropertyDescriptor(): PropertyDescriptor | undefined {
    return undefined
  }

  /**
   * The error names the access as Figma's do: a method by its name, a read as `get_<name>`; a
   * write's name is not on record. Names are made only for an error: every access passes here.
   */
  private checkUsable(prop: string, access: 'call' | 'read' | 'write'): void {
    const host = this.host
    if (host.closed !== false) host.assertOpen(() => this.description())
    const owner = this.owner
    if (owner?.removed === true && !READABLE_AFTER_REMOVAL.has(prop)) {
      throw missingNodeError(owner.id, access === 'call' ? prop : access === 'read' ? `get_${prop}` : undefined)
    }
  }

  private description(): string {
    return this.describe(this.subject)
  }

  private methodWrapper(prop: string, method: Method): Method {
    if (prop === this.lastMethod) return this.lastWrapper!
    this.methods ??= new Map()
    let wrapper = this.methods.get(prop)
    if (wrapper === undefined) {
      const name = this.prefix + prop
      const isAsync = prop.endsWith('Async')
      const target = this.target
      wrapper = (...args: unknown[]): unknown => {
        try {
          this.checkUsable(prop, 'call')
          this.host.recordCall(name)
        } catch (error) {
          // Async APIs report every failure through their promise.
          if (isAsync) return Promise.reject(error)
          throw error
        }
        return method.apply(target, args)
      }
      this.methods.set(prop, wrapper)
    }
    this.lastMethod = prop
    this.lastWrapper = wrapper
    return wrapper
  }
}

/** Members found per class prototype; every property access asks, so the walk is done once per name. */
const membersByPrototype = new WeakMap<object, Map<string, PropertyDescriptor | undefined>>()

/**
 * A facade class may name members its base classes define that the Plugin API does not give its own
 * node type (a sticky has no `rotation`, [T] StickyNode): those are no members of its objects.
 */
interface FacadeClass {
  readonly absentMembers?: ReadonlySet<string>
}

/** The accessor or method `prop` names on the object's class chain (not its own fields). */
function apiMember(obj: object, prop: string): PropertyDescriptor | undefined {
  if (prop === 'constructor') return undefined
  const first = Object.getPrototypeOf(obj) as object | null
  if (first === null) return undefined
  let members = membersByPrototype.get(first)
  if (members === undefined) {
    members = new Map()
    membersByPrototype.set(first, members)
  }
  if (members.has(prop)) return members.get(prop)
  let found: PropertyDescriptor | undefined
  if ((first.constructor as FacadeClass).absentMembers?.has(prop) === true) {
    members.set(prop, undefined)
    return undefined
  }
  for (let proto: object | null = first; proto !== null && proto !== Object.prototype; proto = Object.getPrototypeOf(proto) as object | null) {
    found = Object.getOwnPropertyDescriptor(proto, prop)
    if (found !== undefined) break
  }
  members.set(prop, found)
  return found
}
