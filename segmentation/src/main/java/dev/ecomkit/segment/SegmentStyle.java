package dev.ecomkit.segment;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of this module: generated implementations stay package-private behind the abstract
 * value types, which expose a nested {@code Builder}; no {@code with*} copy methods; builders refuse to set an
 * attribute twice. Public only so that the module's subpackages ({@code kol}) can carry it; not for use outside
 * the module.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    strictBuilder = true,
    defaults = @Value.Immutable(copy = false))
public @interface SegmentStyle {}
