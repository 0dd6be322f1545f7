from rest_framework import permissions


class IsOwner(permissions.BasePermission):
    def has_permission(self, request, view):
        return request.user.is_authenticated and view.kwargs.get("pk") == str(request.user.pk)


class PublicRead(permissions.AllowAny):
    """Documented public endpoint."""
