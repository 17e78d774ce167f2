package org.painwise.site.staff;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Moderators and admins: reading the audit log. Put it on a controller or service class
 * or method: it is checked on every call, in addition to the URL rules of the security
 * configuration.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
public @interface ModeratorOrAdmin {

}
