/**
 * Shared: small helpers every module's persistence needs alike. Depends on no module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package com.interviewed.shared;
